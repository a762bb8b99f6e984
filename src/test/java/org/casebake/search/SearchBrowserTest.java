package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Searches the fixture course in Chromium as a student would: once served over HTTP under a sub-path
 * with the whole index in one file, once opened from disk (file://) with the index split into shards
 * and its files packed (deflated, as base64), so everything shown there was inflated in the page.
 */
class SearchBrowserTest extends FixtureBrowserTest {

    private static final String A2 = "cases/netflix-oss-prize/questions/q1/index.html#answer-a2";
    private static final String NETFLIX_CASE = "cases/netflix-oss-prize/index.html";
    private static final String MB = "M. B. on Q1 · Why did Netflix pay outsiders to improve its code?";
    private static final String PK = "P. K. on Q1 · Why did Netflix pay outsiders to improve its code?";
    private static final String NETFLIX_A1 = "cases/netflix-oss-prize/questions/q2/index.html#answer-a1";
    private static final String HARBOR_CASE = "cases/harbor-logistics/index.html";
    private static final String HARBOR_QUESTION = "cases/harbor-logistics/questions/q1/index.html";
    private static final String HARBOR_H1 = "cases/harbor-logistics/questions/q1/index.html#answer-h1";
    private static final String HARBOR_H2 = "cases/harbor-logistics/questions/q1/index.html#answer-h2";
    private static final String COMPARISON = "comparisons/open-vs-closed/index.html";

    static Stream<String> roots() {
        return Stream.of("http", "file");
    }

    private static String root(String kind) {
        return sites.root(kind);
    }

    @Test
    void theShardedSiteReallyHasManyIndexFilesAndPacksItsDocuments() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("sharded/search/t"))) {
            assertTrue(files.count() > 5);
        }
        assertTrue(Files.notExists(folder.resolve("single/search/t")));
        // Thirteen items, eight to a document file; the passages the tests below see come from these,
        // and every file but the manifest is packed.
        for (String key : List.of("d/0", "d/1", "t/0", "t/5", "p/0", "c/0", "facets")) {
            String script = Files.readString(folder.resolve("sharded/search/" + key + ".js"));
            assertTrue(script.matches("CasebakeSearch\\.load\\(\"" + key + "\",\"[A-Za-z0-9+/]+=*\"\\);\n"), script);
        }
        assertTrue(Files.notExists(folder.resolve("sharded/search/d/2.js")));
    }

    @Test
    void aBrowserWithoutDecompressionStreamIsToldWhySearchCannotShowResults() {
        browser.open(root("file") + "index.html");
        browser.script("delete window.DecompressionStream;");
        browser.find("#cb-search-input").sendKeys("malicious");
        WebElement message = browser.waitFor(d -> browser.find("#cb-search-panel").isDisplayed()
                ? browser.find("#cb-search-panel .cb-search-empty") : null);
        assertEquals("Search results need a newer browser: this one cannot unpack the search index "
                + "(it lacks DecompressionStream).", message.getText());
        assertTrue(browser.findAll("#cb-search-panel [role=option]").isEmpty());
    }

    @Test
    void aSmallSiteInOneFileNeedsNoDecompressionStream() {
        browser.open(root("http") + "index.html");
        browser.script("delete window.DecompressionStream;");
        browser.find("#cb-search-input").sendKeys("malicious");
        browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
        assertEquals("malicious", browser.find("#cb-search-panel .cb-search-result-excerpt mark").getText());
    }

    @Test
    void theBrowserAnalysesEveryRowOfTheSharedTableLikeLucene() throws IOException {
        browser.open(sites.root("http") + "index.html");
        List<String> inputs = new ArrayList<>();
        AnalysisTable.rows().forEach(row -> inputs.add(row.input()));
        @SuppressWarnings("unchecked")
        List<String> actual = (List<String>) browser.asyncScript("""
                var done = arguments[arguments.length - 1], inputs = arguments[0];
                CasebakeSearch.ready().then(function () { done(inputs.map(function (text) {
                  var out = [], next = 0;
                  CasebakeSearch.analyze(text).forEach(function (t) {
                    for (; next < t.p; next++) { out.push('_'); }
                    out.push(t.t);
                    next = t.p + 1;
                  });
                  return out.join(' ');
                })); }, function (e) { done([String(e)]); });""", inputs);
        StringBuilder wrong = new StringBuilder();
        List<AnalysisTable.Row> rows = AnalysisTable.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).expected().equals(actual.get(i))) {
                wrong.append(AnalysisTable.FILE).append(':').append(rows.get(i).line()).append(": expected [")
                        .append(rows.get(i).expected()).append("] but the browser gives [").append(actual.get(i)).append("]\n");
            }
        }
        assertEquals("", wrong.toString());
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aWordFromOneAnswerFindsThatAnswer(String kind) {
        assertEquals(List.of("A. S. on Q2 · What are the risks of opening your infrastructure?"), titlesFor(kind, "malicious"));
        assertEquals("1 result for “malicious”", browser.find(".cb-search-status").getText());
        assertEquals("Netflix's open-source prize", browser.find(".cb-search-group-title").getDomProperty("textContent"));
        assertEquals("Answer", browser.find(".cb-search-badge").getDomProperty("textContent"));
        assertEquals("malicious", browser.find(".cb-search-result-excerpt mark").getText());
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aStemmedFormAndATypoFindTheAnswer(String kind) {
        assertEquals(List.of("C. S. on Q1 · Why did Netflix pay outsiders to improve its code?"), titlesFor(kind, "innovate"));
        assertEquals(List.of(A2), pagesFor(kind, "innovate"));
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aTypoFindsExactlyWhatTheWordItMeantFinds(String kind) {
        // "security" is in answers a1 and h1 and in the comparison's text; a1's and h1's themes say it too,
        // and so does a tag of the Netflix case.
        List<String> security = List.of(HARBOR_H1, NETFLIX_CASE, NETFLIX_A1, COMPARISON);
        assertEquals(security, sorted(pagesFor(kind, "security")));
        assertEquals(security, sorted(pagesFor(kind, "secruity")), "one letter swapped");
        assertEquals(security, sorted(pagesFor(kind, "securty")), "one letter left out");
    }

    @ParameterizedTest
    @MethodSource("roots")
    void anUnfinishedLastWordFindsExactlyTheItemsWithAWordItBegins(String kind) {
        assertEquals(List.of(A2), pagesFor(kind, "innovati"), "innovation, open-innovation");
        // routes (Harbor's case text), routing (its question's prompt and answer h2's text).
        assertEquals(List.of(HARBOR_CASE, HARBOR_QUESTION, HARBOR_H2), sorted(pagesFor(kind, "rout")));
        assertEquals(List.of(), pagesFor(kind, "roux"), "a four-letter word forgives no typo");
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aQuotedPhraseMatchesOnlyTheExactPhrase(String kind) {
        assertEquals(List.of(MB, PK), sorted(titlesFor(kind, "talent pool")));
        assertEquals(List.of(MB), titlesFor(kind, "\"talent pool\""));
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aFilterNarrowsTheCount(String kind) {
        titlesFor(kind, "security");
        assertEquals("4 results for “security”", browser.find(".cb-search-status").getText());
        WebElement netflix = browser.findAll(".cb-search-facet-case .cb-search-choice").stream()
                .filter(e -> e.getText().startsWith("Netflix's open-source prize")).findFirst().orElseThrow();
        assertEquals("2", netflix.findElement(By.cssSelector(".cb-search-count")).getText());
        netflix.findElement(By.tagName("input")).click();
        browser.waitFor(d -> browser.find(".cb-search-status").getText().startsWith("2 results "));
        assertEquals(List.of("A. S. on Q2 · What are the risks of opening your infrastructure?",
                "Netflix's open-source prize"), sorted(shownTitles()));
        if (kind.equals("http")) {
            assertTrue(browser.driver().getCurrentUrl().endsWith("?q=security&case=netflix-oss-prize"),
                    browser.driver().getCurrentUrl());
        }
    }

    @ParameterizedTest
    @MethodSource("roots")
    void aWordInNoItemFindsNothing(String kind) {
        assertEquals(List.of(), titlesFor(kind, "zygomorphic"));
        assertEquals("No results for “zygomorphic”.", browser.find(".cb-search-status").getText());
    }

    @ParameterizedTest
    @MethodSource("roots")
    void keyboardNavigationOpensTheRightPageWithTheMatchHighlighted(String kind) {
        browser.open(root(kind) + "cases/harbor-logistics/index.html");
        browser.find("body").sendKeys("/");
        WebElement input = browser.find("#cb-search-input");
        assertEquals(input, browser.driver().switchTo().activeElement());
        input.sendKeys("malicious");
        browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", browser.find("#cb-search-panel [role=option]").getAttribute("aria-selected"));
        input.sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("questions/q2/index.html"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("questions/q2/index.html?hl=malici#answer-a1"),
                browser.driver().getCurrentUrl());
        WebElement mark = browser.waitFor(d -> browser.find("#answer-a1 mark.cb-search-hit"));
        assertEquals("malicious", mark.getText());
    }

    @ParameterizedTest
    @MethodSource("roots")
    void escapeClosesTheResultsAndCtrlKFocusesTheBox(String kind) {
        browser.open(root(kind) + "index.html");
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        WebElement input = browser.find("#cb-search-input");
        assertEquals(input, browser.driver().switchTo().activeElement());
        input.sendKeys("rout");
        browser.waitFor(d -> browser.find("#cb-search-panel").isDisplayed());
        assertTrue(browser.find("#cb-search-panel .cb-search-all").getText().startsWith("See all"));
        input.sendKeys(Keys.ESCAPE);
        assertTrue(!browser.find("#cb-search-panel").isDisplayed());
    }

    private static List<String> titlesFor(String kind, String query) {
        browser.open(root(kind) + "search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state"))
                && browser.find(".cb-search-status").getText().contains("“" + query + "”"));
        return shownTitles();
    }

    /** The pages the results lead to, in the order shown: path and fragment, without the highlight query. */
    private static List<String> pagesFor(String kind, String query) {
        titlesFor(kind, query);
        String root = root(kind);
        return browser.findAll(".cb-search-results a.cb-search-result").stream().map(a -> a.getAttribute("href"))
                .map(href -> {
                    assertTrue(href.startsWith(root), href);
                    return href.substring(root.length()).replaceFirst("\\?[^#]*", "");
                }).toList();
    }

    private static List<String> shownTitles() {
        return browser.findAll(".cb-search-results .cb-search-result-title").stream().map(WebElement::getText).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
