package org.casebake.comparison;

import org.casebake.testing.GoldenFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.casebake.comparison.FixtureSites.SITES;
import static org.casebake.comparison.FixtureSites.buildOrFail;
import static org.casebake.comparison.FixtureSites.mainOf;
import static org.casebake.comparison.FixtureSites.read;
import static org.casebake.comparison.FixtureSites.svgOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The sample course's comparison, open source versus in-house, built from a copy of the sample
 * content with one pending answer added that argues positions of its own.
 */
class SampleComparisonTest {

    static final Path FIXTURE = SITES.resolve("comparison-sample");
    static final Path INPUT = FIXTURE.resolve("input");
    static final String SLUG = "open-source-vs-in-house";
    static final String PAGE = "comparisons/" + SLUG + "/index.html";
    static final String CASE_PAGE = "cases/netflix-oss-prize/index.html";
    /** How many answers of each view a cell of the table cites; the rest are on the cell's own page. */
    static final int EVIDENCE_SHOWN = 8;
    static final String PENDING = "content/cases/netflix-oss-prize/answers/answer-15-pending.md";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildTheFixture() {
        site = buildOrFail(INPUT, temp.resolve("site"));
    }

    @Test
    void comparisonPageMatchesTheGoldenFile() throws Exception {
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/comparison-main.html"), mainOf(read(site, PAGE)));
    }

    @Test
    void caseDataForComparisonsMatchesTheGoldenFile() throws Exception {
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/case-probe.html"), read(site, CASE_PAGE));
    }

    @Test
    void chartIsWellFormedSvgNamedByItsTitleAndDescription() throws Exception {
        org.w3c.dom.Document svg = SvgCharts.parse(svgOf(read(site, PAGE), "chart-" + SLUG));
        org.w3c.dom.Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("chart-" + SLUG + "-title chart-" + SLUG + "-desc", root.getAttribute("aria-labelledby"));
        org.w3c.dom.Element title = SvgCharts.first(svg, "title");
        org.w3c.dom.Element description = SvgCharts.first(svg, "desc");
        assertEquals(root, title.getParentNode());
        assertEquals(root, description.getParentNode());
        assertEquals("chart-" + SLUG + "-title", title.getAttribute("id"));
        assertEquals("chart-" + SLUG + "-desc", description.getAttribute("id"));
        assertEquals("Strengths and weaknesses the class cited, by dimension", title.getTextContent());
        String desc = description.getTextContent();
        assertEquals("Diverging bar chart. For each of the 7 dimensions, one bar per side counts the published answers"
                + " that cite the side as a strength (to the right) or as a weakness (to the left). 12 of 14 published"
                + " answers took a position. Cited in all: Open source (Netflix): 28 strengths and 10 weaknesses;"
                + " In-house (Microsoft, IBM): 5 strengths and 9 weaknesses. The evidence table on this page gives"
                + " every number, with the answers.", desc);
    }

    @Test
    void chartBarsCountTheCuratedAnswersPositions() throws Exception {
        org.w3c.dom.Document svg = SvgCharts.parse(svgOf(read(site, PAGE), "chart-" + SLUG));
        Map<String, Integer> expected = FixturePositions.expectedCounts(INPUT, SLUG);
        assertEquals(expected, SvgCharts.counts(svg, "data-dimension", "data-side", "data-view"));
        assertEquals(expected, SvgCharts.titleCounts(svg, "data-dimension", "data-side", "data-view"));
    }

    @Test
    void tableCountsAgreeWithTheChart() throws Exception {
        String html = read(site, PAGE);
        Document page = Jsoup.parse(html);
        Map<String, Integer> table = new TreeMap<>();
        for (Element cell : page.select("#evidence-table tbody td")) {
            String dimension = cell.parent().id().substring("dim-".length());
            table.put(dimension + "|" + cell.attr("data-side") + "|strength",
                    Integer.parseInt(cell.selectFirst(".evidence-counts .pro").attr("data-count")));
            table.put(dimension + "|" + cell.attr("data-side") + "|weakness",
                    Integer.parseInt(cell.selectFirst(".evidence-counts .con").attr("data-count")));
            assertEquals(Math.min(EVIDENCE_SHOWN, Integer.parseInt(cell.selectFirst(".evidence-counts .pro").attr("data-count"))),
                    cell.select("li.pro a").size(), "strength links in " + dimension);
        }
        assertEquals(SvgCharts.counts(SvgCharts.parse(svgOf(html, "chart-" + SLUG)), "data-dimension", "data-side",
                "data-view"), table);
    }

    @Test
    void aCellCitesItsFirstEightAnswersOfAViewAndLinksToAPageWithAllOfThem() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        int linked = 0;
        for (Element cell : page.select("#evidence-table tbody td")) {
            int strengths = Integer.parseInt(cell.selectFirst(".evidence-counts .pro").attr("data-count"));
            int weaknesses = Integer.parseInt(cell.selectFirst(".evidence-counts .con").attr("data-count"));
            assertEquals(Math.min(EVIDENCE_SHOWN, weaknesses), cell.select("li.con").size(), cell.parent().id());
            Element more = cell.selectFirst(".evidence-more a");
            assertEquals(strengths > EVIDENCE_SHOWN || weaknesses > EVIDENCE_SHOWN, more != null, cell.parent().id());
            if (more != null) {
                linked++;
                String target = resolved(PAGE, more.attr("href"));
                assertEquals("comparisons/" + SLUG + "/evidence/" + cell.parent().id().substring("dim-".length()) + "/"
                        + cell.attr("data-side") + "/index.html", target);
                Document all = Jsoup.parse(read(site, target));
                assertEquals(strengths, all.select(".evidence-list li.pro").size(), target);
                assertEquals(weaknesses, all.select(".evidence-list li.con").size(), target);
                List<String> shown = cell.select("li.pro a").eachAttr("href").stream().map(h -> resolved(PAGE, h)).toList();
                assertEquals(shown, all.select(".evidence-list li.pro a").eachAttr("href").stream()
                                .map(h -> resolved(target, h)).toList().subList(0, shown.size()),
                        "the table cites the first of the page's answers, linking where the page does");
            }
        }
        assertEquals(1, linked, "the fixture has one cell with more than " + EVIDENCE_SHOWN + " answers of a view");
    }

    /** The site path a link on {@code page} leads to, with its fragment. */
    private static String resolved(String page, String href) {
        String[] parts = href.split("#", 2);
        String path = Path.of(page).resolveSibling(parts[0]).normalize().toString();
        return parts.length == 2 ? path + "#" + parts[1] : path;
    }

    @Test
    void standingShowsControlAsTheOnlyDisputedDimension() throws Exception {
        Document page = Jsoup.parse(read(site, PAGE));
        assertEquals(List.of("Control and quality: 1 answer makes the case for Open source (Netflix), 1 for In-house"
                + " (Microsoft, IBM)."), page.select("ol.disputed li").eachText());
        assertEquals(8, page.select("ul.both-sides li").size());
        assertEquals("Every dimension was argued by at least one answer.",
                page.selectFirst(".standing-unargued p.empty").text());
    }

    @Test
    void answersLinkToTheComparisonOnlyWhenTheyTookAPosition() throws Exception {
        Document probe = Jsoup.parse(read(site, CASE_PAGE));
        List<String> linked = probe.select("section.answer").stream()
                .map(a -> String.join(",", a.select(".answer-comparisons a").eachAttr("href"))).toList();
        assertEquals(14, linked.size());
        assertEquals(12, linked.stream().filter(l -> l.equals("../../comparisons/" + SLUG + "/index.html")).count());
        assertEquals(2, linked.stream().filter(String::isEmpty).count());
    }

    @Test
    void pendingAnswerChangesNoNumber(@TempDir Path work) throws Exception {
        Path withoutPending = FixtureSites.copy(INPUT, work.resolve("source"));
        Files.delete(withoutPending.resolve(PENDING));
        Path other = buildOrFail(withoutPending, work.resolve("site"));
        assertEquals(read(other, PAGE), read(site, PAGE));
        assertEquals(read(other, CASE_PAGE), read(site, CASE_PAGE));
        assertFalse(read(site, PAGE).contains("Q. P."));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path work) throws Exception {
        Path again = buildOrFail(INPUT, work.resolve("site"));
        assertArrayEquals(Files.readAllBytes(site.resolve(PAGE)), Files.readAllBytes(again.resolve(PAGE)));
        assertArrayEquals(Files.readAllBytes(site.resolve(CASE_PAGE)), Files.readAllBytes(again.resolve(CASE_PAGE)));
    }
}
