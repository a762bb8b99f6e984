package org.casebake.comparison;

import org.casebake.testing.GoldenFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.casebake.comparison.FixtureSites.SITES;
import static org.casebake.comparison.FixtureSites.buildOrFail;
import static org.casebake.comparison.FixtureSites.mainOf;
import static org.casebake.comparison.FixtureSites.read;
import static org.casebake.comparison.FixtureSites.svgOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A comparison with three sides over two cases, a second comparison over one of them, a side label
 * full of markup characters, and a pending answer in the second case that argues an otherwise
 * unargued dimension. The answers are chosen so that every part of "where the class stands" has a
 * known answer (see the fixture's files).
 */
class ThreeSidesComparisonTest {

    static final Path FIXTURE = SITES.resolve("comparison-three-sides");
    static final Path INPUT = FIXTURE.resolve("input");
    static final String PAGE = "comparisons/models/index.html";
    static final String VENDOR = "Vendors \"A\" & <B>";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildTheFixture() {
        site = buildOrFail(INPUT, temp.resolve("site"));
    }

    @Test
    void comparisonPageMatchesTheGoldenFile() throws Exception {
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/models-main.html"), mainOf(read(site, PAGE)));
    }

    @Test
    void caseDataForComparisonsMatchesTheGoldenFile() throws Exception {
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/case-a-probe.html"), read(site, "cases/case-a/index.html"));
    }

    @Test
    void tableHasAColumnPerSideAndEvidenceFromBothCases() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        assertEquals(List.of("Dimension", "Open source", "In-house", VENDOR), page.select("#evidence-table thead th").eachText());
        Element openOnCost = page.selectFirst("#dim-cost td[data-side=open]");
        assertEquals(List.of("../../cases/case-a/questions/q1/index.html", "../../cases/case-b/questions/q1/index.html",
                        "../../cases/case-b/questions/q1/index.html"),
                openOnCost.select("li a").eachAttr("href").stream().map(h -> h.substring(0, h.indexOf('#'))).toList());
        assertEquals(List.of("(Case A)", "(Case B)", "(Case B)"), openOnCost.select("li .evidence-case").eachText());
    }

    @Test
    void chartHasABarForEverySideDimensionAndViewCountingCuratedAnswersOnly() throws Exception {
        org.w3c.dom.Document svg = SvgCharts.parse(svgOf(read(site, PAGE), "chart-models"));
        Map<String, Integer> bars = SvgCharts.counts(svg, "data-dimension", "data-side", "data-view");
        assertEquals(4 * 3 * 2, bars.size());
        assertEquals(FixturePositions.expectedCounts(INPUT, "models"), bars);
        assertEquals(FixturePositions.expectedCounts(INPUT, "models"),
                SvgCharts.titleCounts(svg, "data-dimension", "data-side", "data-view"));
        assertEquals(2, bars.get("cost|open|strength"));
        assertEquals(0, bars.get("risk|open|strength"), "the pending answer's position on risk does not count");
    }

    @Test
    void labelsWithMarkupCharactersAreEscapedInTheChart() throws Exception {
        org.w3c.dom.Document svg = SvgCharts.parse(svgOf(read(site, PAGE), "chart-models"));
        assertEquals(4, SvgCharts.texts(svg, "text").stream().filter(VENDOR::equals).count());
    }

    @Test
    void disputedDimensionsAreRankedByTheAnswersOnTheLessPopularView() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        assertEquals(List.of("Cost: 2 answers make the case for Open source, 2 for In-house.",
                        "Speed: 2 answers make the case for Open source, 1 for In-house."),
                page.select("ol.disputed li").eachText());
    }

    @Test
    void answersThatArguedBothSidesAreListedWithTheSidesTheyArgued() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        assertEquals(List.of("G. H. (Case A): sees strengths in Open source and In-house.",
                        "D. K. (Case B): sees strengths in Open source; weaknesses in Open source.",
                        "F. A. (Case B): sees weaknesses in In-house and " + VENDOR + "."),
                page.select("ul.both-sides li").eachText());
    }

    @Test
    void dimensionsNobodyArguedAreListed() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        assertEquals(List.of("Risk"), page.select("ul.unargued li").eachText());
        assertEquals("6 of 8 published answers took a position",
                page.selectFirst(".page-meta").text().replaceFirst("^.* · (\\d+ of)", "$1"));
    }

    @Test
    void answersLinkOnlyToTheComparisonsTheirPositionsFeed() throws Exception {
        Document probe = Jsoup.parse(read(site, "cases/case-a/index.html"));
        assertEquals(List.of("A. L.=models", "G. H.=models", "B. L.=other", "A. T.=", "E. D.=models"),
                probe.select("section.answer").stream().map(a -> a.selectFirst(".author").text() + "="
                        + String.join(",", a.select(".answer-comparisons a").eachAttr("href").stream()
                        .map(h -> h.replaceAll("^.*comparisons/(.*)/index.html$", "$1")).toList())).toList());
    }

    @Test
    void themeChartCountsAnswersByQuestionAndTheme() throws Exception {
        Document probe = Jsoup.parse(read(site, "cases/case-a/index.html"));
        assertEquals(List.of("Theme Q1 Q2", "Cost <savings> 2 1", "Speed 2 1", "Risk & \"reward\" 0 1"),
                probe.select("#theme-table tr").eachText());
        org.w3c.dom.Document svg = SvgCharts.parse(svgOf(read(site, "cases/case-a/index.html"), "theme-chart-case-a"));
        assertEquals(Map.of("alpha|Q1", 2, "alpha|Q2", 1, "beta|Q1", 2, "beta|Q2", 1, "gamma|Q1", 0, "gamma|Q2", 1),
                SvgCharts.counts(svg, "data-theme", "data-question"));
    }

    @Test
    void caseWhoseOnlyThemedAnswerIsPendingHasNoThemeChart() throws Exception {
        Document probe = Jsoup.parse(read(site, "cases/case-b/index.html"));
        assertNull(probe.selectFirst("#theme-chart"));
        assertEquals("No answer with themes.", probe.selectFirst("#no-theme-chart").text());
    }
}
