package org.casebake.search;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.BuildOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searches the sample course as built by the whole pipeline, in Chromium: served under a sub-path
 * and opened from disk. A pending answer is added to the sample, so its words must find nothing.
 */
class SampleSiteSearchTest {

    private static final String PENDING_WORD = "quokkanomics";
    /*
     * The sample's answer anchors: the first ten hex digits of SHA-256 over the salt, a line feed and
     * the answer's path, worked out apart from Casebake, e.g. for answer 01:
     * printf 'mgmt301-fall-2026\ncontent/cases/netflix-oss-prize/answers/answer-01.md' | sha256sum
     */
    private static final String ANSWER_01 = "answer-3d2bc53521";
    private static final String ANSWER_05 = "answer-8ca35c65bb";
    private static final String ANSWER_07 = "answer-a74a512ea4";
    private static final String ANSWER_10 = "answer-2091c1e207";
    private static final String ANSWER_11 = "answer-0f76f6594b";
    private static final String ANSWER_14 = "answer-a1f8cab6c2";

    @TempDir
    static Path folder;
    private static SiteServer server;
    private static BrowserSession browser;
    private static Path site;

    @BeforeAll
    static void buildTheSampleWithAPendingAnswerAndStartBrowser() throws IOException {
        Path source = folder.resolve("source");
        copyTree(Path.of("content"), source.resolve("content"));
        Files.copy(Path.of("site-config.yml"), source.resolve("site-config.yml"));
        Files.writeString(source.resolve("content/cases/netflix-oss-prize/answers/pending.md"), """
                ---
                author: "Pat Pending"
                questions: [q1]
                status: pending
                ---
                Only this pending answer talks about %s.
                """.formatted(PENDING_WORD));
        site = folder.resolve("site");
        BuildResult result = new SiteBuild("test").run(new BuildRequest(source, site, BuildOptions.studentSite(), true));
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        server = new SiteServer(site);
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        BrowserSession.closeBoth(browser, server);
    }

    @Test
    void aWordFromOneAnswerFindsItAndEnterOpensThePageShowingItWithTheMatchHighlighted() {
        browser.open(server.root() + "index.html");
        browser.find("body").sendKeys("/");
        WebElement input = browser.find("#cb-search-input");
        input.sendKeys("blackberry");
        browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        // The word is in the part of answer 14 that answers Q2, shown on that question's page.
        browser.waitFor(d -> d.getCurrentUrl().contains("cases/netflix-oss-prize/questions/"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(server.root() + "cases/netflix-oss-prize/questions/q2/index.html?hl="), url);
        String anchor = url.substring(url.indexOf('#') + 1);
        assertTrue(anchor.startsWith("answer-"), url);
        WebElement mark = browser.waitFor(d -> browser.find("#" + anchor + " mark.cb-search-hit"));
        assertEquals("BlackBerry’s", mark.getText(), "the whole word is marked, possessive included");
    }

    @Test
    void aWordItsStemAndATypoFindExactlyTheAnswersThatUseTheWord() {
        // grep -il security content/cases/netflix-oss-prize/answers: answers 01, 05, 07, 10, 11 and 14.
        List<String> security = sorted(List.of(ANSWER_01, ANSWER_05, ANSWER_07, ANSWER_10, ANSWER_11, ANSWER_14));
        // An answer marked in parts is found part by part, each on its own question's page.
        List<String> found = answersFor("security");
        assertEquals(security, sorted(found.stream().distinct().toList()));
        List<String> pages = browser.findAll(".cb-search-results a.cb-search-result[href*='#answer-']").stream()
                .map(a -> a.getAttribute("href")).toList();
        assertEquals(pages.size(), pages.stream().distinct().count(), "each result leads to another page or answer: " + pages);
        assertEquals(security, sorted(answersFor("secure").stream().distinct().toList()), "the same stem");
        assertEquals(security, sorted(answersFor("secruity").stream().distinct().toList()), "one typo");
        assertEquals(List.of(ANSWER_14), answersFor("blackber"), "an unfinished word");
    }

    @Test
    void aPendingAnswersWordFindsNothing() throws IOException {
        assertEquals(List.of(), resultPages(PENDING_WORD));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertTrue(!Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PENDING_WORD), file::toString);
            }
        }
    }

    @Test
    void searchWorksFromDiskToo() {
        browser.open(site.resolve("search/index.html").toUri() + "?q=blackberry");
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state")));
        assertEquals("1 result for “blackberry”", browser.find(".cb-search-status").getText());
        assertEquals(List.of(ANSWER_14), anchorsOf(browser.findAll(".cb-search-results a.cb-search-result")));
    }

    @ParameterizedTest
    @ValueSource(ints = {700, 1000, 1280, 1600})
    void theHeaderResultsStayInsideTheWindowWhereverTheBoxSits(int width) {
        try {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.open(server.root() + "cases/netflix-oss-prize/index.html");
            // resizing the window just before can let the navigation return before the new page is there
            browser.waitFor(d -> d.findElement(By.cssSelector("#cb-search-input"))).sendKeys("security");
            browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
            browser.assertWithinTheWindow("#cb-search-panel");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void onAPhoneTheSearchPageHasOneSearchBoxAndItsFiltersBeforeTheResults() {
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            resultPages("security");
            assertEquals(List.of("cb-search-page-input"), browser.findAll("input[type=search]").stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getAttribute("id")).toList());
            WebElement summary = browser.find(".cb-search-filter-summary");
            WebElement firstResult = browser.find(".cb-search-results a.cb-search-result");
            assertTrue(summary.isDisplayed());
            assertTrue(summary.getRect().getY() + summary.getRect().getHeight() <= firstResult.getRect().getY(),
                    "the filters come before the results");
            assertTrue(!browser.find(".cb-search-facet-type").isDisplayed(), "folded until asked for");
            summary.click();
            browser.waitFor(d -> browser.find(".cb-search-facet-type").isDisplayed());
            browser.assertWithinTheWindow(".cb-search-filter-box");
            browser.assertWithinTheWindow(".cb-search-results");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theSearchPageFetchesTheEngineAndTheIndexCatalogWithThePageNotOneAfterTheOther() {
        resultPages("security");
        Object fetched = browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => /(search-engine|search\\/index)\\.js$/.test(e.name))"
                + ".map(e => e.name.replace(/^.*\\/(assets\\/js|search)\\//, '$1/') + ' by ' + e.initiatorType).sort().join(', ')");
        assertEquals("assets/js/search-engine.js by link, search/index.js by link", fetched);
    }

    /** The answers a query finds, by anchor, in the order shown. */
    private List<String> answersFor(String query) {
        resultPages(query);
        return anchorsOf(browser.findAll(".cb-search-results a.cb-search-result[href*='#answer-']"));
    }

    /** Where the results of a query lead, in the order shown. */
    private List<String> resultPages(String query) {
        browser.open(server.root() + "search/index.html?q=" + query);
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state"))
                && browser.find(".cb-search-status").getText().contains("“" + query + "”"));
        return browser.findAll(".cb-search-results a.cb-search-result").stream().map(a -> a.getAttribute("href")).toList();
    }

    private static List<String> anchorsOf(List<WebElement> links) {
        return links.stream().map(a -> a.getAttribute("href")).map(href -> href.substring(href.indexOf('#') + 1)).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
