package org.casebake.privacy;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Student answers are untrusted, and so is every string of front matter and configuration. The
 * fixture {@code sites/hostile-answer} puts script, event handlers, {@code javascript:} and
 * {@code data:} URLs, iframes, objects, forms, style elements and attributes into an answer, and
 * markup into its author's name, the case's fields and the site's settings. In the built site none
 * of it may do anything: each page is parsed and searched for anything that could run or restyle.
 */
class HostileAnswerTest {

    private static final String CASE_PAGE = "cases/open-source-prize/index.html";

    @TempDir
    static Path work;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        SiteFixture fixture = SiteFixture.of("hostile-answer", work);
        fixture.build();
        site = fixture.site();
    }

    @Test
    void noPageHasAScriptIframeObjectEmbedOrStyleElement() {
        assertEquals(List.of(), everyPage("script, iframe, frame, object, embed, style, base, meta[http-equiv]"));
    }

    @Test
    void noElementHasAnEventHandlerOrAStyleAttribute() {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.html(page).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on") || name.equals("style") || name.equals("formaction")) {
                        found.add(page + ": <" + element.tagName() + " " + attribute.html() + ">");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noLinkOrSourceUsesAScriptOrDataUrl() {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.html(page).select("[href], [src], [action], [data], [srcset], [xlink:href]")) {
                for (Attribute attribute : element.attributes()) {
                    String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:")) {
                        found.add(page + ": <" + element.tagName() + " " + attribute.html() + ">");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theOnlyFormIsTheSiteSearch() {
        for (String page : site.pages()) {
            assertEquals(List.of("header-search"), site.html(page).select("form").eachAttr("class"), page);
            assertEquals(List.of("site-search"), site.html(page).select("input").eachAttr("id"), page);
        }
    }

    @Test
    void theAnswersHarmlessTextSurvives() {
        Element body = site.html(CASE_PAGE).selectFirst(".answer-body");
        for (String words : List.of("Plain words first.", "a link", "another", "a Markdown link", "styled paragraph",
                "a div", "Last words of the answer.")) {
            assertFalse(body.select(":containsOwn(" + words + ")").isEmpty(), "'" + words + "' is still there");
        }
    }

    @Test
    void anAuthorNameWithMarkupIsShownAsText() {
        Document page = site.html(CASE_PAGE);
        assertEquals(List.of("<script>alert('name')</script> Mallory"), page.select(".answer-author").eachText());
        assertEquals(List.of("<script>alert('name')</script> Mallory"),
                site.html("themes/cost/index.html").select(".answer-excerpt-head a").eachText());
    }

    @Test
    void frontMatterAndSettingsWithMarkupAreShownAsText() {
        Document page = site.html(CASE_PAGE);
        assertEquals("A <script>alert('title')</script> prize", page.selectFirst("h1").text());
        assertEquals("Summary with <iframe src=\"https://evil.example/\"></iframe> in it.", page.selectFirst(".lede").text());
        assertEquals("Why <img src=x onerror=alert('prompt')>?", page.selectFirst(".question-index a").text());
        assertEquals("Hostile <script>alert('config')</script> course", page.selectFirst(".site-title").text());
        assertEquals("A course whose \"description\" has <b>markup</b>.",
                page.selectFirst("meta[name=description]").attr("content"));
        Element citation = page.selectFirst(".citation a");
        assertEquals("https://news.example.com/a?b=1&c=\"><script>alert('url')</script>", citation.attr("href"));
        assertEquals("“Article \" onmouseover=\"alert('cite')”", citation.text());
    }

    @Test
    void theFeedCarriesMarkupAsEscapedText() {
        Document feed = site.xml("feed.xml");
        assertEquals(List.of(), feed.select("script, img, iframe").eachText());
        assertEquals("A <script>alert('title')</script> prize", feed.selectFirst("entry > title").text());
        assertEquals("Prof. <img src=x onerror=alert('instructor')>", feed.selectFirst("entry > author > name").text());
    }

    private static List<String> everyPage(String selector) {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            site.html(page).select(selector).forEach(e -> found.add(page + ": " + e.outerHtml()));
        }
        return found;
    }
}
