package org.casebake.site;

import org.casebake.bench.SyntheticCourse;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each answer is shown in full in one place, its home: the page of the first question it answers
 * (each part of an answer marked in parts on its own question's page). Every other page that lists
 * it links there, and a question with more answers than a page holds goes on over numbered pages.
 * Checked on the sample and on a generated course large enough to need those pages.
 */
class AnswerHomesTest {

    /** Answers per page of a question, as the built-in theme cuts them. */
    private static final int PAGE_SIZE = 50;
    private static final Pattern INDEXED_ANSWER_URL = Pattern.compile("\"(cases/[^\"#]+#answer-[0-9a-f]+)\"");

    @TempDir
    static Path work;

    private static BuiltSite sample;
    private static BuiltSite generated;

    @BeforeAll
    static void build() throws IOException {
        SiteFixture sampleFixture = SiteFixture.sample(work.resolve("sample"));
        sampleFixture.build();
        sample = sampleFixture.site();
        new SyntheticCourse(2, 120, SyntheticCourse.DEFAULT_SEED).writeTo(work.resolve("course"));
        SiteFixture course = SiteFixture.copyOf(work.resolve("course"), work.resolve("generated"));
        course.build();
        generated = course.site();
    }

    @Test
    void eachAnswersTextIsShownInFullOnExactlyOnePage() {
        for (BuiltSite site : List.of(sample, generated)) {
            Map<String, List<String>> pagesByText = new TreeMap<>();
            for (String page : site.pages()) {
                for (Element body : site.html(page).select(".answer-body")) {
                    pagesByText.computeIfAbsent(body.text(), t -> new ArrayList<>()).add(page);
                }
            }
            assertFalse(pagesByText.isEmpty());
            pagesByText.forEach((text, pages) -> assertEquals(1, pages.size(),
                    () -> "shown in full on " + pages + ": " + text.substring(0, Math.min(80, text.length()))));
        }
    }

    @Test
    void everyAnswerIsShownOnTheQuestionPagesOfItsCase() {
        assertEquals(14, answerAnchors(sample).size(), "the sample's fourteen answers");
        assertTrue(answerAnchors(generated).size() >= 200, "the generated course's answers: " + answerAnchors(generated).size());
        for (BuiltSite site : List.of(sample, generated)) {
            for (String page : site.pages()) {
                if (!page.contains("/questions/")) {
                    assertTrue(site.html(page).select("article.answer").isEmpty(), page + " shows an answer in full");
                }
            }
        }
    }

    @Test
    void everyLinkToAnAnswerLeadsToAPageHoldingItsAnchor() {
        for (BuiltSite site : List.of(sample, generated)) {
            int checked = 0;
            for (String page : site.pages()) {
                for (Element link : site.html(page).select("a[href*=#answer-]")) {
                    assertLeadsToItsAnchor(site, URI.create(page).resolve(link.attr("href")), page);
                    checked++;
                }
            }
            for (String index : site.inside("search/").paths()) {
                Matcher url = INDEXED_ANSWER_URL.matcher(site.text(index));
                while (url.find()) {
                    assertLeadsToItsAnchor(site, URI.create(url.group(1)), index);
                    checked++;
                }
            }
            assertTrue(checked > 100, "links checked: " + checked);
        }
    }

    @Test
    void aQuestionWithMoreAnswersThanAPageHoldsGoesOnOverNumberedPages() {
        int paginated = 0;
        for (String first : generated.pages().stream().filter(p -> p.matches("cases/[^/]+/questions/[^/]+/index\\.html")).toList()) {
            String folder = first.substring(0, first.length() - "index.html".length());
            List<String> pages = new ArrayList<>(List.of(first));
            for (int n = 2; generated.has(folder + "page/" + n + "/index.html"); n++) {
                pages.add(folder + "page/" + n + "/index.html");
            }
            int listed = 0;
            for (int i = 0; i < pages.size(); i++) {
                Document page = generated.html(pages.get(i));
                int entries = page.select("article.answer, li.answer-ref").size();
                assertTrue(entries <= PAGE_SIZE, pages.get(i) + " lists " + entries);
                assertTrue(entries > 0 || pages.size() == 1, pages.get(i) + " is empty");
                listed += entries;
                assertEquals(i == 0 ? List.of() : List.of(pages.get(i - 1)),
                        resolved(pages.get(i), page.select("head link[rel=prev]").eachAttr("href")), pages.get(i));
                assertEquals(i == pages.size() - 1 ? List.of() : List.of(pages.get(i + 1)),
                        resolved(pages.get(i), page.select("head link[rel=next]").eachAttr("href")), pages.get(i));
            }
            String count = generated.html(first).selectFirst(".page-meta").text();
            assertTrue(count.startsWith(listed + " answer"), first + ": " + count + " but " + listed + " listed");
            paginated += pages.size() > 1 ? 1 : 0;
        }
        assertTrue(paginated > 0, "some question of the generated course needs more than one page");
    }

    private static TreeSet<String> answerAnchors(BuiltSite site) {
        TreeSet<String> anchors = new TreeSet<>();
        site.pages().forEach(p -> anchors.addAll(site.html(p).select("article.answer").eachAttr("id")));
        return anchors;
    }

    private static void assertLeadsToItsAnchor(BuiltSite site, URI target, String from) {
        String path = target.getPath();
        assertTrue(site.has(path), from + " links to " + target + ", which is not in the site");
        Element anchored = site.html(path).getElementById(target.getFragment());
        assertTrue(anchored != null, from + " links to " + target + ", whose page has no such anchor");
        String answer = target.getFragment().replaceFirst("-quote-[0-9]+$", "");
        assertTrue(anchored.is("article.answer#" + answer) || anchored.closest("article.answer#" + answer) != null,
                from + " links to " + target + ", which is not that answer");
    }

    /** The link from page {@code from} to page {@code to}, both site paths, as the pages write it. */
    /** The site paths that {@code hrefs}, written on the page at {@code from}, lead to. */
    private static List<String> resolved(String from, List<String> hrefs) {
        return hrefs.stream().map(href -> URI.create("https://site.invalid/" + from).resolve(href).getPath().substring(1)).toList();
    }
}
