package org.casebake.site;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.LinkChecker;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's sample course, the richest site there is (fourteen answers, themes, a comparison
 * citing answers by anchor), built as students see it: every link works, and the sitemap and feed
 * list what they should.
 */
class SampleSiteTest {

    private static final String BASE_URL = "https://example.edu/~prof/mgmt301/";

    @TempDir
    static Path work;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        SiteFixture sample = SiteFixture.sample(work);
        sample.build();
        site = sample.site();
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileOrAnswerOfTheSite() {
        assertEquals(List.of(), new LinkChecker(site, BASE_URL).problems());
    }

    @Test
    void theComparisonCitesAnswersByTheirAnchors() {
        // Guards the test above: the evidence links are the ones with fragments to check.
        Document comparison = site.html("comparisons/open-source-vs-in-house/index.html");
        List<String> evidence = comparison.select(".evidence li a").eachAttr("href");
        String answerLink = "\\.\\./\\.\\./cases/netflix-oss-prize/questions/q[1-3]/index\\.html#answer-[0-9a-f]{10}(-quote-[0-9]+)?";
        assertEquals(List.of(), evidence.stream().filter(href -> !href.matches(answerLink)).toList());
        assertTrue(evidence.size() >= 14, "every answer takes at least one position: " + evidence.size());
    }

    @Test
    void quotedEvidenceLeadsToItsPassageMarkedInTheAnswer() {
        Document comparison = site.html("comparisons/open-source-vs-in-house/index.html");
        List<org.jsoup.nodes.Element> quoted = comparison.select(".evidence li:has(q.evidence-quote)");
        assertEquals(comparison.select(".evidence li").size(), quoted.size(), "every position of the sample has a quote");
        for (org.jsoup.nodes.Element evidence : quoted) {
            String href = evidence.selectFirst("a").attr("href");
            String id = href.substring(href.indexOf('#') + 1);
            String page = java.net.URI.create("comparisons/open-source-vs-in-house/index.html").resolve(href).getPath();
            org.jsoup.nodes.Element mark = site.html(page).getElementById(id);
            assertTrue(mark != null && mark.is("article.answer mark.quote"), href);
            String quote = evidence.selectFirst("q.evidence-quote").text();
            assertTrue(quote.startsWith(mark.text()) && !mark.text().isBlank(), quote + " / " + mark.text());
            assertEquals(href.substring(href.indexOf('#') + 1, href.indexOf("-quote-")), mark.closest("article").id(),
                    "the passage is in the answer the name stands for");
        }
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() {
        // Written out by hand from the sample's content: the home page, the case and its three
        // questions, the comparison and a cell's evidence, the search page, and the theme index with one page per theme
        // site-config.yml declares (every one is used by some answer).
        List<String> expected = List.of("", "cases/netflix-oss-prize/", "cases/netflix-oss-prize/questions/q1/",
                "cases/netflix-oss-prize/questions/q2/", "cases/netflix-oss-prize/questions/q3/",
                "comparisons/open-source-vs-in-house/",
                // the one cell with more than the table's 8 answers of a view
                "comparisons/open-source-vs-in-house/evidence/innovation/open-source/", "search/", "themes/", "themes/cloud-computing/",
                "themes/competition/", "themes/cost/", "themes/crowdsourcing/", "themes/customer-focus/",
                "themes/future-of-it/", "themes/innovation/", "themes/open-source/", "themes/ownership/",
                "themes/recruiting/", "themes/security/", "themes/talent-pool/");
        assertEquals(expected.stream().map(page -> BASE_URL + page).toList(),
                site.xml("sitemap.xml").select("url > loc").eachText().stream().sorted().toList());
    }

    @Test
    void everyPageButTheNotFoundPageIsInTheSitemap() {
        // Guards the list above from going stale when a page type is added.
        List<String> pages = site.pages().stream().filter(p -> !p.equals("404.html"))
                .map(p -> BASE_URL + p.substring(0, p.length() - "index.html".length())).sorted().toList();
        assertEquals(pages, site.xml("sitemap.xml").select("url > loc").eachText().stream().sorted().toList());
    }

    @Test
    void theFeedHasOneEntryPerCase() {
        Document feed = site.xml("feed.xml");
        assertEquals(List.of("Netflix Announces $100,000 in Prizes for Coders"), feed.select("entry > title").eachText());
        assertEquals(List.of(BASE_URL + "cases/netflix-oss-prize/"), feed.select("entry > id").eachText());
        assertEquals("2013-03-14T00:00:00Z", feed.selectFirst("feed > updated").text());
    }
}
