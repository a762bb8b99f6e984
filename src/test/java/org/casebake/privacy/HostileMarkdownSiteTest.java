package org.casebake.privacy;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.HostileMarkdown;
import org.casebake.testing.LinkSafety;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture {@code sites/hostile-markdown} built as a student site: each of its answers reaches
 * the page by one path only (Markdown links, Markdown images, autolinks, reference links, link
 * titles, raw HTML, both mixed), and so does its case text (Markdown only). On every page no address
 * may use a scheme other than http(s) or mailto, and every link to another site carries
 * {@code rel="noopener"}; inside the students' answers and the case text, {@code rel="nofollow noopener"}.
 */
class HostileMarkdownSiteTest {

    private static final String CASE_PAGE = "cases/unsafe-links/index.html";

    @TempDir
    static Path work;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        SiteFixture fixture = SiteFixture.of("hostile-markdown", work);
        fixture.build();
        site = fixture.site();
    }

    @Test
    void noPageHasAnAddressWithAnUnsafeSchemeAnEventHandlerOrAStyle() {
        List<String> found = new ArrayList<>();
        for (String page : site.pages()) {
            Element html = site.html(page);
            LinkSafety.unsafeAddresses(html).forEach(a -> found.add(page + ": " + a));
            LinkSafety.handlersAndStyles(html).forEach(a -> found.add(page + ": " + a));
            LinkSafety.externalLinksWithoutRel(html, "noopener").forEach(a -> found.add(page + ": " + a));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCaseTextWrittenInMarkdownOnlyIsCleaned() {
        HostileMarkdown caseText = HostileMarkdown.all().get(0);
        Element text = site.html(CASE_PAGE).selectFirst("#case-text");
        assertEquals(caseText.heading(), text.selectFirst("p").text());
        assertSafe(text, caseText);
    }

    @TestFactory
    Stream<DynamicTest> eachAnswerIsCleanedWhereItIsShown() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileMarkdown answer : HostileMarkdown.all().subList(1, HostileMarkdown.all().size())) {
            // The question page is the one page that shows an answer's text in full.
            for (String page : List.of("cases/unsafe-links/questions/q1/index.html")) {
                tests.add(DynamicTest.dynamicTest(answer.file() + " on " + page, () -> {
                    Elements bodies = site.html(page).select(".answer-body:has(> :first-child:containsOwn("
                            + answer.heading() + "))");
                    assertEquals(1, bodies.size(), "answers that begin with '" + answer.heading() + "'");
                    assertSafe(bodies.get(0), answer);
                }));
            }
        }
        return tests.stream();
    }

    private static void assertSafe(Element body, HostileMarkdown text) {
        assertEquals(List.of(), LinkSafety.unsafeAddresses(body), text.file());
        assertEquals(List.of(), LinkSafety.externalLinksWithoutRel(body, "nofollow", "noopener"), text.file());
        assertTrue(!body.select("a[href]").isEmpty() || text.file().equals("markdown-images.md"),
                text.file() + " keeps its safe links");
        for (HostileMarkdown.Sample sample : text.samples()) {
            assertTrue(body.text().contains(sample.label()), sample.label() + " is shown");
        }
    }
}
