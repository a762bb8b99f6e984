package org.casebake.site;

import org.casebake.bench.SyntheticCourse;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.LinkChecker;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Theme pages of a generated course large enough to cut them into pages: grouped by case and then
 * by question, at most a page's worth of answers each, at stable addresses that say which page
 * comes before and after, and listing exactly what the cases' themes-by-question charts count.
 */
class ThemePagesTest {

    /** How a theme page lists an answer: with its first words, or by name when it is listed above already. */
    private static final String LISTED = "li.answer-excerpt, .answers-again a";

    private static final String BASE_URL = "https://example.edu/~prof/bench/";
    private static final int PAGE_SIZE = 100;

    @TempDir
    static Path work;
    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        Path course = new SyntheticCourse(30, 30, SyntheticCourse.DEFAULT_SEED).writeTo(work.resolve("course")).root();
        SiteFixture fixture = SiteFixture.copyOf(course, work.resolve("copy"));
        fixture.build();
        site = fixture.site();
    }

    @Test
    void everyLinkWorksOnEveryPageOfEveryTheme() {
        assertEquals(List.of(), new LinkChecker(site, BASE_URL).problems());
    }

    @Test
    void aLongThemeIsCutIntoPagesOfWholeSectionsThatNameTheirNeighbours() {
        Map<String, List<String>> pagesByTheme = themePages();
        assertTrue(pagesByTheme.values().stream().anyMatch(p -> p.size() >= 2), () -> "no theme has two pages: " + pagesByTheme);
        for (Map.Entry<String, List<String>> theme : pagesByTheme.entrySet()) {
            List<String> pages = theme.getValue();
            for (int i = 0; i < pages.size(); i++) {
                String expected = i == 0 ? "themes/" + theme.getKey() + "/index.html"
                        : "themes/" + theme.getKey() + "/page/" + (i + 1) + "/index.html";
                assertEquals(expected, pages.get(i));
                Document page = site.html(pages.get(i));
                assertEquals(i == 0 ? "" : pages.get(i - 1), target(pages.get(i), page.select("head link[rel=prev]").attr("href")), pages.get(i));
                assertEquals(i == pages.size() - 1 ? "" : pages.get(i + 1),
                        target(pages.get(i), page.select("head link[rel=next]").attr("href")), pages.get(i));
                assertEquals(page.select("head link[rel=prev]").attr("href"), page.select("nav.pages a[rel=prev]").attr("href"));
                assertEquals(page.select("head link[rel=next]").attr("href"), page.select("nav.pages a[rel=next]").attr("href"));
                int listed = page.select(LISTED).size();
                int sections = page.select("section.theme-question").size();
                assertTrue(listed <= PAGE_SIZE || sections == 1, () -> pages + ": " + listed + " answers in " + sections + " sections");
                if (pages.size() > 1) {
                    assertTrue(listed > PAGE_SIZE / 2 || i == pages.size() - 1, () -> "a page cut early: " + listed);
                }
            }
        }
    }

    @Test
    void anAnswerListedUnderSeveralQuestionsOfAPageShowsItsFirstWordsOnlyTheFirstTime() {
        int again = 0;
        for (List<String> pages : themePages().values()) {
            for (String path : pages) {
                Document page = site.html(path);
                List<String> withWords = page.select("li.answer-excerpt .answer-excerpt-head a").eachAttr("href");
                assertEquals(withWords.size(), new HashSet<>(withWords).size(), () -> path + " shows an answer's first words twice");
                for (String href : page.select(".answers-again a").eachAttr("href")) {
                    assertTrue(withWords.contains(href), () -> path + " names " + href + " again without listing it above");
                    again++;
                }
            }
        }
        assertTrue(again > 0, "some answer is listed under two questions of one page");
    }

    @Test
    void eachSectionListsOneQuestionOfOneCaseOnceAndExactlyAsManyAnswersAsTheChartCounts() {
        Map<String, Integer> listed = new HashMap<>();
        Set<String> sectionIds = new HashSet<>();
        for (Map.Entry<String, List<String>> theme : themePages().entrySet()) {
            for (String page : theme.getValue()) {
                for (Element section : site.html(page).select("section.theme-question")) {
                    assertTrue(sectionIds.add(theme.getKey() + " " + section.id()), () -> "listed twice: " + section.id());
                    String question = section.selectFirst("h3 a").attr("href");
                    int count = section.select(LISTED).size();
                    assertEquals(String.valueOf(count), section.selectFirst("h3 .count").ownText(), section.id());
                    listed.put(page + "#" + section.id(), count);
                    assertTrue(question.endsWith("/questions/" + section.id().substring(section.id().lastIndexOf('-') + 1) + "/index.html"),
                            () -> section.id() + " heads " + question);
                }
            }
        }
        Map<String, Integer> charted = new HashMap<>();
        for (String page : site.pages()) {
            if (page.matches("cases/[^/]+/index.html")) {
                for (Element cell : site.html(page).select("svg.theme-chart a.cell")) {
                    charted.put(target(page, cell.attr("href")), Integer.parseInt(cell.selectFirst("rect").attr("data-count")));
                }
                for (Element rect : site.html(page).select("svg.theme-chart rect")) {
                    assertEquals(rect.attr("data-count").equals("0"), rect.parent().tagName().equals("g"),
                            () -> page + ": a cell links exactly when it counts answers: " + rect);
                }
            }
        }
        assertFalse(charted.isEmpty());
        assertEquals(new TreeMap<>(charted), new TreeMap<>(listed));
    }

    @Test
    void theSitemapListsEveryPageOfEveryTheme() {
        String sitemap = site.text("sitemap.xml");
        for (List<String> pages : themePages().values()) {
            for (String page : pages) {
                assertTrue(sitemap.contains("<loc>" + BASE_URL + page.replace("index.html", "") + "</loc>"), page);
            }
        }
    }

    /** Each theme's pages in order: the first, then page/2, page/3... */
    private static Map<String, List<String>> themePages() {
        Map<String, List<String>> byTheme = new TreeMap<>();
        for (String page : site.pages()) {
            String[] parts = page.split("/");
            if (parts[0].equals("themes") && parts.length >= 3) {
                byTheme.computeIfAbsent(parts[1], t -> new ArrayList<>()).add(page);
            }
        }
        byTheme.values().forEach(pages -> pages.sort((a, b) -> Integer.compare(number(a), number(b))));
        return byTheme;
    }

    private static int number(String page) {
        String[] parts = page.split("/");
        return parts.length == 3 ? 1 : Integer.parseInt(parts[3]);
    }

    /** The site path a link on {@code page} leads to, or "" for no link. */
    private static String target(String page, String href) {
        return href.isEmpty() ? "" : Path.of(page).resolveSibling(href).normalize().toString();
    }
}
