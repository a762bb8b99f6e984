package org.casebake.parse;

import org.casebake.parse.HtmlLinks.Change;
import org.casebake.parse.HtmlLinks.Kind;
import org.casebake.parse.HtmlLinks.Use;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The URLs of HTML: found in an answer's raw HTML where they are written (so a broken link is reported
 * at its place), and rewritten in cleaned HTML one by one (so every link of a page can be checked
 * and pointed at the published file).
 */
class HtmlLinksTest {

    @Test
    void theUrlAttributesOfRawHtmlAreFoundWhereTheyAreWrittenAndNoOtherAttributes() {
        String html = "<p title=\"t\" class=\"c\"><a HREF=\"a&amp;b.md\">a</a> <img alt=\"x\" src='figure.png'>"
                + " <q cite=\"source.html\">q</q></p>";
        assertEquals(List.of(new HtmlLinks.Found("a&b.md", html.indexOf("HREF")),
                        new HtmlLinks.Found("figure.png", html.indexOf("src")),
                        new HtmlLinks.Found("source.html", html.indexOf("cite"))),
                HtmlLinks.urlsIn(html));
    }

    @Test
    void rawHtmlWithoutAttributesHasNoUrls() {
        assertEquals(List.of(), HtmlLinks.urlsIn("<br><em>no attributes</em>"));
    }

    @Test
    void everyUrlIsShownWithTheKindOfElementThatCarriesItAndAnImagesAltText() {
        List<Use> seen = new ArrayList<>();
        HtmlLinks.rewritten("<p><a href=\"a.md\">a</a> <img src=\"b.png\" alt=\"A chart\"> <img src=\"c.png\">"
                + " <q cite=\"d.html\">q</q></p><blockquote cite=\"e.html\">e</blockquote>", use -> {
                    seen.add(use);
                    return new Change.Keep();
                });
        assertEquals(List.of(new Use(Kind.LINK, "a.md", ""), new Use(Kind.IMAGE, "b.png", "A chart"),
                new Use(Kind.IMAGE, "c.png", ""), new Use(Kind.OTHER, "d.html", ""), new Use(Kind.OTHER, "e.html", "")), seen);
    }

    @Test
    void htmlWhoseUrlsAllStayIsReturnedAsItCame() {
        String html = "<p><a href=\"a.md\" rel=\"nofollow noopener\">a</a><br/>text</p>";
        assertSame(html, HtmlLinks.rewritten(html, use -> new Change.Keep()).html());
        String noUrls = "<p>text<br/>more</p>";
        assertSame(noUrls, HtmlLinks.rewritten(noUrls, use -> new Change.Keep()).html());
    }

    @Test
    void aUrlPointedElsewhereIsReplacedInItsElement() {
        assertEquals("<p><a href=\"../cases/x/\">a</a> <img src=\"b.png\" alt=\"\"></p>",
                HtmlLinks.rewritten("<p><a href=\"x.md\">a</a> <img src=\"b.png\" alt=\"\"></p>",
                        use -> use.kind() == Kind.LINK ? new Change.PointTo("../cases/x/") : new Change.Keep()).html());
    }

    @Test
    void aRemovedElementGoesWithItsContentAndItsOtherUrlsAreNotAskedFor() {
        List<String> asked = new ArrayList<>();
        String html = HtmlLinks.rewritten("<p>before <img src=\"https://tracker.example/p.png\" cite=\"c.html\" alt=\"p\"> after</p>",
                use -> {
                    asked.add(use.url());
                    return use.kind() == Kind.IMAGE ? new Change.Remove() : new Change.Keep();
                }).html();
        assertEquals("<p>before  after</p>", html);
        assertEquals(List.of("https://tracker.example/p.png"), asked);
    }
}
