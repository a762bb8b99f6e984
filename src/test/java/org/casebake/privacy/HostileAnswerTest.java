package org.casebake.privacy;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.LinkSafety;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.VisibleText;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Student answers are untrusted, and so is every string of front matter and configuration. The
 * fixture {@code sites/hostile-answer} puts script, event handlers, {@code javascript:} and
 * {@code data:} URLs, iframes, objects, forms, style elements and attributes into an answer, and
 * markup into its author's name, the case's fields and the site's settings. In the built site none
 * of it may do anything: each page is parsed and searched for anything that could run or restyle.
 * Only the theme's own search script is let be; Casebake's charts use SVG presentation attributes,
 * so a page needs no style element at all (and a strict Content Security Policy blocks none).
 */
class HostileAnswerTest {

    private static final String CASE_PAGE = "cases/open-source-prize/index.html";
    /** The page that shows the fixture's one answer in full. */
    private static final String QUESTION_PAGE = "cases/open-source-prize/questions/q1/index.html";
    /** Where the fixture's site-config.yml says the site is; pages are resolved against it. */
    private static final URI SITE = URI.create("https://example.edu/hostile/");

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
    void noPageHasAScriptIframeObjectEmbedOrStyleElementBeyondTheThemesOwnScript() {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.html(page).select("script, iframe, frame, object, embed, style, base, meta[http-equiv]")) {
                if (!isThemeScript(page, element)) {
                    found.add(page + ": " + element.outerHtml());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theThemesOwnIsOneSearchScriptPerPageAndTheChartIsDrawnWithoutAStyleElement() {
        // Guards the exception above: it is used, and by exactly these elements.
        for (String page : site.pages()) {
            assertEquals(List.of(site.html(page).select("meta[name=casebake-root]").attr("content") + "assets/js/search.js"),
                    site.html(page).select("script").eachAttr("src"), page);
        }
        // The case page does have a chart: the scan above found no style element in it.
        assertEquals(List.of("theme-chart-open-source-prize"), site.html(CASE_PAGE).select("svg.casebake-chart").eachAttr("id"));
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
    void noLinkOrSourceUsesASchemeOtherThanHttpHttpsOrMailto() {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            LinkSafety.unsafeAddresses(site.html(page)).forEach(address -> found.add(page + ": " + address));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyLinkInTheAnswerLeadingToAnotherSiteIsMarkedNofollowNoopener() {
        Element body = site.html(QUESTION_PAGE).selectFirst(".answer-body");
        assertEquals(List.of(), LinkSafety.externalLinksWithoutRel(body, "nofollow", "noopener"));
    }

    @Test
    void theOnlyFormsAreTheSiteSearch() {
        for (String page : site.pages()) {
            Document html = site.html(page);
            String root = html.select("meta[name=casebake-root]").attr("content");
            boolean searchPage = page.equals("search/index.html");
            assertEquals(searchPage ? List.of("cb-search-form", "cb-search-page-form") : List.of("cb-search-form"),
                    html.select("form").eachAttr("class"), page);
            assertEquals(searchPage ? List.of(root + "search/index.html", "index.html") : List.of(root + "search/index.html"),
                    html.select("form").eachAttr("action"), page);
            assertEquals(searchPage ? List.of("cb-search-input", "cb-search-page-input") : List.of("cb-search-input"),
                    html.select("input").eachAttr("id"), page);
        }
    }

    @Test
    void theAnswersHarmlessTextSurvives() {
        Element body = site.html(QUESTION_PAGE).selectFirst(".answer-body");
        for (String words : List.of("Plain words first.", "a link", "another", "a Markdown link", "styled paragraph",
                "a div", "Last words of the answer.")) {
            assertFalse(body.select(":containsOwn(" + words + ")").isEmpty(), "'" + words + "' is still there");
        }
    }

    /**
     * The answer hides words in a script, a style, a template, a noscript, a hidden paragraph and a
     * comment. The page shows none of them, so no excerpt (theme page, search index) may either.
     */
    @Test
    void textTheAnswerDoesNotShowIsInNoExcerptAndNotInTheSearchIndex() {
        String shown = site.html(QUESTION_PAGE).selectFirst(".answer-body").text();
        for (String hidden : List.of("alert('answer')", "body { display: none }", "templatesecret", "noscriptsecret",
                "hiddensecret", "commentsecret")) {
            assertFalse(shown.contains(hidden), "'" + hidden + "' is not shown on the page: " + shown);
            assertEquals(List.of(), site.whereFoundOutsidePackedData(Pattern.compile(Pattern.quote(hidden))), hidden);
        }
    }

    @Test
    void anExcerptIsTheStartOfTheTextTheAnswerShows() {
        String shown = site.html(QUESTION_PAGE).selectFirst(".answer-body").text();
        String excerpt = site.html("themes/cost/index.html").selectFirst(".answer-excerpt-text").text();
        String start = excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
        assertTrue(shown.startsWith(start), excerpt + "\n is not the start of\n" + shown);
        assertTrue(excerpt.contains("a link and another"), "the words of links the page shows are kept: " + excerpt);
    }

    @Test
    void anAuthorNameWithMarkupIsShownAsText() {
        Document page = site.html(QUESTION_PAGE);
        assertEquals(List.of("<script>alert('name')</script> Mallory"), VisibleText.ofEach(page.select(".answer-author")));
        assertEquals(List.of("<script>alert('name')</script> Mallory"),
                VisibleText.ofEach(site.html("themes/cost/index.html").select(".answer-excerpt-head > a")));
    }

    @Test
    void frontMatterAndSettingsWithMarkupAreShownAsText() {
        Document page = site.html(CASE_PAGE);
        assertEquals("A <script>alert('title')</script> prize", page.selectFirst("h1").text());
        assertEquals("Summary with <iframe src=\"https://evil.example/\"></iframe> in it.", page.selectFirst(".lede").text());
        assertEquals("Why <img src=x onerror=alert('prompt')>?", page.selectFirst(".question-index .question-index-prompt").text());
        assertEquals("Hostile <script>alert('config')</script> course", page.selectFirst(".site-title").text());
        assertEquals("A course whose \"description\" has <b>markup</b>.",
                page.selectFirst("meta[name=description]").attr("content"));
        Element citation = page.selectFirst(".citation a");
        // Percent-encoded, as a browser would follow it, so the attribute is a valid URL.
        assertEquals("https://news.example.com/a?b=1&c=%22%3E%3Cscript%3Ealert('url')%3C/script%3E", citation.attr("href"));
        assertEquals("“Article \" onmouseover=\"alert('cite')”", citation.text());
    }

    @Test
    void theFeedCarriesMarkupAsEscapedText() {
        Document feed = site.xml("feed.xml");
        assertEquals(List.of(), feed.select("script, img, iframe").eachText());
        assertEquals("A <script>alert('title')</script> prize", feed.selectFirst("entry > title").text());
        assertEquals("Prof. <img src=x onerror=alert('instructor')>", feed.selectFirst("entry > author > name").text());
    }

    /**
     * The theme's own scripts are the only ones allowed: an external script with no code of its own,
     * loaded from the site's {@code assets/js/} by a relative or base-path address, with no attribute
     * but {@code src}, {@code defer}, {@code async} and {@code data-*}.
     */
    private static boolean isThemeScript(String page, Element element) {
        if (!element.tagName().equals("script") || !element.data().isEmpty() || !element.children().isEmpty()) {
            return false;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("src") && !name.equals("defer") && !name.equals("async") && !name.startsWith("data-")) {
                return false;
            }
        }
        String src = element.attr("src");
        URI resolved;
        try {
            URI written = new URI(src);
            if (written.getScheme() != null || written.getRawAuthority() != null) {
                return false;
            }
            resolved = SITE.resolve(page).resolve(written);
        } catch (URISyntaxException e) {
            return false;
        }
        return !src.contains("\\") && SITE.getHost().equals(resolved.getHost()) && resolved.getRawQuery() == null
                && resolved.getRawFragment() == null && resolved.getPath().matches(Pattern.quote(SITE.getPath())
                + "assets/js/[a-z0-9-]+\\.js") && site.has(resolved.getPath().substring(SITE.getPath().length()));
    }
}
