package org.casebake.site;

import org.casebake.search.BrowserSession;
import org.casebake.search.SiteServer;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "What did classmates say about security on question 2?", asked of the sample course in Chromium,
 * served under a sub-path: the case page's themes-by-question chart leads to exactly the answers a
 * cell counts, and so does the question page's list of themes, without any script.
 */
class ThemeByQuestionBrowserTest {

    private static final String CASE = "netflix-oss-prize";
    private static final String CASE_PAGE = "cases/" + CASE + "/index.html";
    private static final Pattern LIST = Pattern.compile("(?m)^(questions|themes):\\s*\\[([^]]*)]");
    private static final Pattern STATUS = Pattern.compile("(?m)^status:\\s*(\\S+)");

    @TempDir
    static Path work;
    private static SiteFixture sample;
    private static SiteServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void buildAndServe() {
        sample = SiteFixture.sample(work);
        sample.build();
        server = new SiteServer(sample.output());
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        BrowserSession.closeBoth(browser, server);
    }

    @Test
    void clickingTheChartsSecurityAndQ2CellListsExactlyTheAnswersItCounts() throws IOException {
        browser.open(server.root() + CASE_PAGE);
        WebElement bar = browser.driver().findElement(By.cssSelector("svg.theme-chart a.cell rect[data-theme='security'][data-question='Q2']"));
        int counted = Integer.parseInt(bar.getDomAttribute("data-count"));
        assertEquals(answersOf("security", "q2"), counted, "the chart's count against the answer files");
        assertTrue(counted >= 2, "a cell worth following: " + counted);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", bar);
        bar.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/themes/"));
        assertEquals(server.root() + "themes/security/index.html#in-" + CASE + "-q2", browser.driver().getCurrentUrl());
        assertEquals(counted, listedAnswersShowing("Security", "Q2").size());
    }

    @Test
    void everyCellOfTheChartAndOfItsTableLeadsToAsManyAnswersAsItCounts() {
        browser.open(server.root() + CASE_PAGE);
        @SuppressWarnings("unchecked")
        List<List<Object>> cells = (List<List<Object>>) browser.script("""
                return Array.from(document.querySelectorAll('svg.theme-chart rect')).map(r => [
                  r.closest('a') ? r.closest('a').href.baseVal || r.closest('a').getAttribute('href') : '',
                  r.dataset.theme, r.dataset.question, Number(r.dataset.count)]);""");
        @SuppressWarnings("unchecked")
        List<String> tableLinks = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('.chart-table td a')).map(a => a.href);""");
        assertTrue(cells.size() >= 20, () -> "too few cells: " + cells);
        List<String> chartLinks = new ArrayList<>();
        for (List<Object> cell : cells) {
            long count = ((Number) cell.get(3)).longValue();
            String href = (String) cell.get(0);
            assertEquals(count > 0, !href.isEmpty(), () -> "a cell links exactly when it counts answers: " + cell);
            if (count > 0) {
                String url = server.root() + CASE_PAGE.replace("index.html", "") + href;
                chartLinks.add(java.net.URI.create(url).normalize().toString());
                browser.open(url);
                // under load the navigation can return before the page has scrolled to its target
                browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return document.querySelector(':target') !== null")));
                assertEquals(count, ((Number) browser.script("return document.querySelectorAll(':target li.answer-excerpt, :target .answers-again a').length")).longValue(),
                        () -> "listed at " + href + " for " + cell);
            }
        }
        assertEquals(chartLinks, tableLinks, "the table twin links cell by cell as the chart");
    }

    @Test
    void theQuestionPageNarrowsToATheme() throws IOException {
        browser.open(server.root() + "cases/" + CASE + "/questions/q2/index.html");
        browser.driver().findElement(By.xpath("//nav[contains(@class,'question-themes')]//a[.//span[@class='theme-label' and .='Security']]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/themes/"));
        assertEquals(answersOf("security", "q2"), listedAnswersShowing("Security", "Q2").size());
    }

    /**
     * The anchors of the answers the page lists in its targeted section, each different and each
     * checked where it is shown in full to carry the theme and answer the question. With as many
     * as the answer files that do, they are exactly those.
     */
    private static List<String> listedAnswersShowing(String themeLabel, String questionLabel) {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll(':target li.answer-excerpt .answer-excerpt-head a, :target .answers-again a')).map(a => a.href)");
        List<String> anchors = new ArrayList<>();
        for (String link : links) {
            browser.open(link);
            String anchor = link.substring(link.indexOf('#') + 1);
            WebElement answer = browser.driver().findElement(By.id(anchor));
            List<String> meta = answer.findElements(By.cssSelector(".answer-meta a")).stream().map(WebElement::getText).toList();
            assertTrue(meta.contains(themeLabel) && meta.contains(questionLabel), () -> link + " shows " + meta);
            anchors.add(anchor);
        }
        assertEquals(anchors.size(), anchors.stream().distinct().count(), () -> "an answer listed twice: " + anchors);
        return anchors;
    }

    /** How many curated answers of the sample case carry {@code theme} and answer {@code question}, read from their files. */
    private static int answersOf(String theme, String question) throws IOException {
        int found = 0;
        try (Stream<Path> files = Files.list(sample.source().resolve("content/cases/" + CASE + "/answers"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                Map<String, List<String>> lists = new TreeMap<>();
                Matcher m = LIST.matcher(text);
                while (m.find()) {
                    lists.put(m.group(1), Stream.of(m.group(2).split(",")).map(String::strip).toList());
                }
                Matcher status = STATUS.matcher(text);
                if (status.find() && status.group(1).equals("curated") && lists.get("themes").contains(theme)
                        && lists.get("questions").contains(question)) {
                    found++;
                }
            }
        }
        return found;
    }
}
