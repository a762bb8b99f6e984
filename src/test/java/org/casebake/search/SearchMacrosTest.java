package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markup of templates/macros/search.ftl, as the fixture site renders it. */
class SearchMacrosTest {

    @TempDir
    Path site;

    @Test
    void theSearchPageWithoutJavaScriptSaysSoAndLinksTheBrowsePages() throws IOException {
        FixtureSite.write(site, new SearchIndexBuilder());
        Document page = Jsoup.parse(Files.readString(site.resolve("search/index.html")));
        Element noscript = Jsoup.parse(page.selectFirst("[data-cb-search-page] noscript").html());
        assertEquals("Search needs JavaScript, which is turned off in this browser. You can still browse all cases "
                + "and their questions or the answers by theme.", noscript.text());
        assertEquals(List.of("../index.html", "../themes/index.html"), noscript.select("a").eachAttr("href"));
    }

    @Test
    void theBoxLoadsItsAssetsRelativeToThePageAndSubmitsToTheSearchPage() throws IOException {
        FixtureSite.write(site, new SearchIndexBuilder());
        Document page = Jsoup.parse(Files.readString(site.resolve("cases/netflix-oss-prize/questions/q1/index.html")));
        Element box = page.selectFirst("[data-cb-search]");
        assertEquals("../../../../search/index.html", box.selectFirst("form").attr("action"));
        assertEquals("q", box.selectFirst("input").attr("name"));
        assertEquals("../../../../assets/js/search.js", page.selectFirst("script[data-root]").attr("src"));
        assertEquals("../../../../", page.selectFirst("script[data-root]").attr("data-root"));
        assertEquals("../../../../assets/css/search.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }
}
