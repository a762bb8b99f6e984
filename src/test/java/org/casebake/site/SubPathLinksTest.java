package org.casebake.site;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.LinkChecker;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site deployed under a sub-path ({@code baseUrl: https://example.edu/~prof/mgmt301/}) works there
 * and when opened from disk: every link of every page is relative and leads to a file the site has,
 * and the 404 page, served at any depth, links through the base path. The whole site is pinned in
 * {@code src/test/resources/sites/sub-path-links/expected}.
 */
class SubPathLinksTest {

    private static final String BASE_URL = "https://example.edu/~prof/mgmt301/";
    private static final String BASE_PATH = "/~prof/mgmt301/";

    @TempDir
    static Path work;

    private static SiteFixture fixture;
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        fixture = SiteFixture.of("sub-path-links", work);
        fixture.build();
        site = fixture.site();
    }

    @Test
    void theWholeSiteMatchesTheExpectedFiles() {
        GoldenFiles.assertSameFiles(TestFolders.testResource("sites/sub-path-links").resolve("expected"), fixture.output());
    }

    @Test
    void everyLinkOfEveryPageIsRelativeAndLeadsToAFileOfTheSite() {
        assertEquals(List.of(), new LinkChecker(site, BASE_URL).problems());
    }

    @Test
    void theSiteHasThePagesTheLinksAreCheckedOn() {
        // Guards the test above: a site without these pages would pass it trivially.
        for (String page : List.of("index.html", "cases/open-source-prize/index.html",
                "cases/open-source-prize/questions/q1/index.html", "cases/open-source-prize/questions/q2/index.html",
                "themes/index.html", "themes/cost/index.html", "comparisons/open-or-in-house/index.html",
                "search/index.html", "404.html", "cases/open-source-prize/prize.png")) {
            assertFalse(!site.has(page), "missing " + page);
        }
    }

    @Test
    void theNotFoundPageLinksThroughTheBasePath() {
        Document notFound = site.html("404.html");
        assertEquals(List.of(BASE_PATH + "assets/css/site.css", BASE_PATH + "assets/css/print.css",
                BASE_PATH + "assets/css/search.css"), notFound.select("link[rel=stylesheet]").eachAttr("href"));
        assertEquals(List.of(BASE_PATH + "assets/js/search.js"), notFound.select("script").eachAttr("src"));
        assertEquals(List.of(BASE_PATH), notFound.select("script").eachAttr("data-root"));
        assertEquals(List.of(BASE_PATH + "index.html", BASE_PATH + "search/index.html"),
                notFound.select("main a").eachAttr("href"));
    }

    @Test
    void everyAddressOnTheNotFoundPageGoesThroughTheBasePath() {
        // The 404 page is served at any depth, so a relative address on it would lead nowhere.
        List<String> addresses = new ArrayList<>();
        for (Element element : site.html("404.html").getAllElements()) {
            for (String attribute : List.of("href", "src", "action", "data-root")) {
                if (element.hasAttr(attribute)) {
                    addresses.add(element.attr(attribute));
                }
            }
            if (element.is("meta[name=casebake-root]")) {
                addresses.add(element.attr("content"));
            }
        }
        assertTrue(addresses.size() >= 12, "the page has the addresses this test is about: " + addresses);
        assertEquals(List.of(), addresses.stream()
                .filter(a -> !a.startsWith("#") && !a.startsWith(BASE_PATH) && !a.startsWith(BASE_URL)).toList());
    }

    @Test
    void canonicalUrlsSitemapAndFeedUseTheFullBaseUrl() {
        assertEquals(BASE_URL + "cases/open-source-prize/",
                site.html("cases/open-source-prize/index.html").select("link[rel=canonical]").attr("href"));
        List<String> locations = site.xml("sitemap.xml").select("loc").eachText();
        assertEquals(BASE_URL, locations.get(0));
        assertEquals(List.of(), locations.stream().filter(l -> !l.startsWith(BASE_URL)).toList());
        assertEquals(List.of(BASE_URL + "cases/open-source-prize/"),
                site.xml("feed.xml").select("entry > link").eachAttr("href"));
    }

    @Test
    void externalLinksInAnswersStayAbsolute() {
        assertEquals(List.of("https://blog.example.com/prize"),
                site.answers("open-source-prize").select(".answer-body a").eachAttr("href"));
    }
}
