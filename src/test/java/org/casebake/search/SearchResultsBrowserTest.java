package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Results that explain themselves, in Chromium on the fixture course: the excerpt is the passage
 * around the best match with every matched word marked, the title says what the result is, the
 * filters browse with no word typed and live in the address, and the header's list of results stays
 * inside the window at every width.
 */
class SearchResultsBrowserTest extends FixtureBrowserTest {

    private static final String NETFLIX_Q1 = "Q1 · Why did Netflix pay outsiders to improve its code?";
    private static final String NETFLIX_Q2 = "Q2 · What are the risks of opening your infrastructure?";
    /** Ten words before the match, and the rest of thirty after it. */
    private static final String DEEP = "…who profits from it. A shared ledger, perhaps even a blockchain, would let every "
            + "firm see who used which trip record and when, and that transparency would keep the cooperation…";

    static Stream<Arguments> matches() {
        return Stream.of("http", "file").flatMap(kind -> Stream.of(
                Arguments.of(kind, "blockchain", List.of("blockchain"), DEEP),
                Arguments.of(kind, "blockch", List.of("blockchain"), DEEP),
                Arguments.of(kind, "blokchain", List.of("blockchain"), DEEP),
                Arguments.of(kind, "shared ledger", List.of("shared", "ledger"), "…firms will want to know who profits "
                        + "from it. A shared ledger, perhaps even a blockchain, would let every firm see who used which "
                        + "trip record and when, and that…"),
                Arguments.of(kind, "cafe", List.of("café"), "…record and when, and that transparency would keep the "
                        + "cooperation alive. Without it, the café owners along the highway will be the only ones who "
                        + "know where the trucks go.")));
    }

    @ParameterizedTest
    @MethodSource("matches")
    void theExcerptIsThePassageAroundTheBestMatchWithEveryMatchedWordMarked(String kind, String query,
                                                                             List<String> marks, String excerpt) {
        open(kind, "search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waitForStatus("1 result for “" + query + "”");
        assertEquals(List.of("R. T. on Q1 · Should Harbor share its routing data with rivals?"), titles());
        WebElement shown = browser.find(".cb-search-results .cb-search-result-excerpt");
        assertEquals(excerpt, shown.getDomProperty("textContent"));
        assertEquals(marks, shown.findElements(By.tagName("mark")).stream().map(m -> m.getDomProperty("textContent")).toList());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAnswerIsTitledWithItsAuthorAndTheQuestionTheFilterChose(String kind) {
        open(kind, "search/index.html?q=innovation");
        waitForStatus("1 result for “innovation”");
        assertEquals(List.of("C. S. on " + NETFLIX_Q1), titles());
        open(kind, "search/index.html?q=innovation&question=netflix-oss-prize/q2");
        waitForStatus("1 result for “innovation”");
        assertEquals(List.of("C. S. on " + NETFLIX_Q2), titles());
        assertEquals(List.of(NETFLIX_Q1, NETFLIX_Q2), facetLabels("question"), "each question named once");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCaseResultIsTitledWithTheSectionItsExcerptComesFrom(String kind) {
        open(kind, "search/index.html?q=streaming");
        waitForStatus("1 result for “streaming”");
        assertEquals(List.of("Netflix's open-source prize › Background"), titles());
        assertEquals("Netflix ran its streaming service on a public cloud.",
                browser.find(".cb-search-result-excerpt").getDomProperty("textContent"));
        assertTrue(browser.find("a.cb-search-result").getAttribute("href").endsWith("?hl=stream#background"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void caseTagsAndAnswerThemesAreSeparateFilters(String kind) {
        open(kind, "search/index.html?q=security");
        waitForStatus("4 results for “security”");
        assertEquals(List.of("open-source 1", "security 1"), facetChoices("tag"));
        assertEquals(List.of("Security 2", "Risk 1"), facetChoices("theme"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theFiltersBrowseWithNoWordTyped(String kind) {
        open(kind, "search/index.html");
        waitForStatus("Type a word to search the cases, questions and answers, or choose filters to browse them.");
        assertEquals(List.of(), titles());
        assertEquals(List.of("Across cases 1", "Harbor Logistics opens its routing data 5", "Netflix's open-source prize 7"),
                sorted(facetChoices("case")));
        choose("case", "Netflix's open-source prize");
        waitForStatus("7 results");
        assertEquals(List.of(NETFLIX_Q1 + " 4", NETFLIX_Q2 + " 3"), facetChoices("question"));
        choose("question", NETFLIX_Q2);
        waitForStatus("3 results");
        // A facet's counts leave out its own choice and apply every other facet's.
        assertEquals(List.of(NETFLIX_Q1 + " 4", NETFLIX_Q2 + " 3"), facetChoices("question"));
        assertEquals(List.of("Netflix's open-source prize 3"), facetChoices("case"));
        assertEquals(List.of("Question 1", "Answer 2"), facetChoices("type"));
        // In the order of the index: the question, then its answers by their first question (a2's is Q1).
        assertEquals(List.of(NETFLIX_Q2, "C. S. on " + NETFLIX_Q2, "A. S. on " + NETFLIX_Q2), titles());
        choose("theme", "Security");
        waitForStatus("1 result");
        assertEquals(List.of("A. S. on " + NETFLIX_Q2), titles());
        assertEquals("Security is definitely a problem: anyone could abuse the system for malicious purposes.",
                browser.find(".cb-search-result-excerpt").getDomProperty("textContent"));
    }

    @Test
    void theFiltersAreInTheAddressRestoredOnLoadAndOnBackAndForward() {
        open("http", "search/index.html");
        waitForStatus("Type a word to search the cases, questions and answers, or choose filters to browse them.");
        choose("case", "Netflix's open-source prize");
        waitForStatus("7 results");
        choose("question", NETFLIX_Q2);
        waitForStatus("3 results");
        choose("type", "Answer");
        waitForStatus("2 results");
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.endsWith("search/index.html?type=answer&case=netflix-oss-prize&question=netflix-oss-prize%2Fq2"),
                address);
        browser.driver().navigate().back();
        waitForStatus("3 results");
        assertTrue(browser.driver().getCurrentUrl().endsWith("?case=netflix-oss-prize&question=netflix-oss-prize%2Fq2"));
        browser.driver().navigate().back();
        waitForStatus("7 results");
        assertEquals(List.of(), checked("question"));
        browser.driver().navigate().forward();
        waitForStatus("3 results");
        assertEquals(List.of(NETFLIX_Q2), checked("question"));
        browser.open(address);
        waitForStatus("2 results");
        assertEquals(List.of("C. S. on " + NETFLIX_Q2, "A. S. on " + NETFLIX_Q2), titles());
        assertEquals(List.of("Answer"), checked("type"));
        assertEquals(List.of("Netflix's open-source prize"), checked("case"));
    }

    @ParameterizedTest
    @MethodSource("widths")
    void theHeaderResultsStayInsideTheWindow(int width) {
        try {
            browser.driver().manage().window().setSize(new Dimension(width, 800));
            open("http", "index.html");
            browser.find("#cb-search-input").sendKeys("security");
            browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
            browser.assertWithinTheWindow("#cb-search-panel");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    static Stream<Integer> widths() {
        return Stream.of(320, 390, 640, 800, 1280);
    }

    static Stream<String> kinds() {
        return Stream.of("http", "file");
    }

    private static void open(String kind, String path) {
        browser.open(sites.root(kind) + path);
    }

    private static void waitForStatus(String status) {
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state"))
                && status.equals(browser.find(".cb-search-status").getText()));
    }

    private static List<String> titles() {
        return browser.findAll(".cb-search-results .cb-search-result-title").stream()
                .map(e -> e.getDomProperty("textContent")).toList();
    }

    private static List<WebElement> choices(String facet) {
        return browser.findAll(".cb-search-facet-" + facet + " .cb-search-choice");
    }

    /** A facet's choices as "label count", in the order shown. */
    private static List<String> facetChoices(String facet) {
        return choices(facet).stream().map(c -> c.findElement(By.className("cb-search-choice-label")).getDomProperty("textContent")
                + " " + c.findElement(By.className("cb-search-count")).getDomProperty("textContent")).toList();
    }

    private static List<String> facetLabels(String facet) {
        return choices(facet).stream().map(c -> c.findElement(By.className("cb-search-choice-label"))
                .getDomProperty("textContent")).toList();
    }

    private static List<String> checked(String facet) {
        return choices(facet).stream().filter(c -> c.findElement(By.tagName("input")).isSelected())
                .map(c -> c.findElement(By.className("cb-search-choice-label")).getDomProperty("textContent")).toList();
    }

    private static void choose(String facet, String label) {
        choices(facet).stream().filter(c -> c.findElement(By.className("cb-search-choice-label"))
                .getDomProperty("textContent").equals(label)).findFirst().orElseThrow()
                .findElement(By.tagName("input")).click();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
