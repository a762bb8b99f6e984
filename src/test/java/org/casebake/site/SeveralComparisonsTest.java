package org.casebake.site;

import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With one comparison the navigation's "Compare" opens it; with several it opens the home page's
 * list of comparisons, so none is hidden behind the first.
 */
class SeveralComparisonsTest {

    private static final String FIRST = "content/comparisons/open-or-in-house.md";

    @TempDir
    Path work;

    @Test
    void oneComparisonIsOpenedFromTheNavigation() {
        SiteFixture site = SiteFixture.of("sub-path-links", work);
        site.build();
        assertEquals(List.of("comparisons/open-or-in-house/index.html"), compareLinks(site.site().html("index.html")));
    }

    @Test
    void severalComparisonsAreListedOnTheHomePageTheNavigationOpens() {
        SiteFixture site = SiteFixture.of("sub-path-links", work);
        site.write("content/comparisons/prize-or-contract.md", site.read(FIRST)
                .replace("Open source or in-house", "Prize or contract"));
        site.build();
        Document home = site.site().html("index.html");
        assertEquals(List.of("index.html#comparisons-heading"), compareLinks(home));
        assertEquals(List.of("Open source or in-house", "Prize or contract"),
                home.select("#comparisons-heading + ul .card-link").eachText());
        Document comparison = site.site().html("comparisons/prize-or-contract/index.html");
        assertEquals("true", comparison.select(".site-nav a:contains(Compare)").attr("aria-current"));
        assertEquals(List.of("../../index.html#comparisons-heading"), comparison.select(".site-nav a:contains(Compare)").eachAttr("href"));
    }

    private static List<String> compareLinks(Document page) {
        return page.select(".site-nav a:contains(Compare)").eachAttr("href");
    }
}
