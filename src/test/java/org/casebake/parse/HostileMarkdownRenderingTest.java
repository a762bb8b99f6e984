package org.casebake.parse;

import org.casebake.testing.HostileMarkdown;
import org.casebake.testing.LinkSafety;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every hostile sample of {@code sites/hostile-markdown}, rendered on its own and then as the whole
 * file it stands in, and checked on the HTML's structure: no address with a scheme other than
 * http(s) or mailto, {@code rel="nofollow noopener"} on every link to another site, no event handler
 * or style, and the sample's label still there (so a sample that vanished entirely does not pass).
 *
 * <p>Rendering each sample alone matters: the renderer skips the sanitizer for text it judges safe,
 * and one raw HTML tag or autolink anywhere in a text makes it clean the whole text, which would
 * hide a Markdown link that slipped through that judgement.
 */
class HostileMarkdownRenderingTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownHtmlCleaner());

    @TestFactory
    Stream<DynamicTest> eachSampleAloneRendersWithoutAnUnsafeAddress() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileMarkdown text : HostileMarkdown.all()) {
            for (HostileMarkdown.Sample sample : text.samples()) {
                tests.add(DynamicTest.dynamicTest(text.file() + " " + sample.label(),
                        () -> assertSafe(sample.markdown(), sample.label())));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eachWholeFileRendersWithoutAnUnsafeAddress() {
        return HostileMarkdown.all().stream().map(text -> DynamicTest.dynamicTest(text.file(), () -> {
            Element html = assertSafe(text.body(), text.heading());
            for (HostileMarkdown.Sample sample : text.samples()) {
                assertTrue(html.text().contains(sample.label()), sample.label() + " is still there");
            }
        }));
    }

    @Test
    void theMarkdownOnlyFilesHoldNoRawHtmlSoNothingButTheirLinksCanMakeThemBeCleaned() {
        List<String> markdownOnly = new ArrayList<>();
        for (HostileMarkdown text : HostileMarkdown.all()) {
            if (text.markdownOnly()) {
                markdownOnly.add(text.file());
                assertEquals(List.of(), HostileMarkdown.htmlIn(text.body()), text.file());
            }
        }
        assertEquals(List.of("index.md", "autolinks.md", "link-titles.md", "markdown-images.md", "markdown-links.md",
                "reference-links.md"), markdownOnly);
    }

    @Test
    void theRawHtmlFileHoldsNoMarkdownLinkImageOrAutolink() {
        HostileMarkdown raw = HostileMarkdown.all().stream().filter(t -> t.file().equals("raw-html.md")).findFirst()
                .orElseThrow();
        assertTrue(raw.samples().size() >= 20, raw.samples().size() + " samples");
        for (HostileMarkdown.Sample sample : raw.samples()) {
            assertTrue(sample.markdown().startsWith("<p>") && sample.markdown().endsWith("</p>\n"),
                    "one raw HTML block: " + sample.markdown());
            assertTrue(!sample.markdown().contains("](") && !sample.markdown().contains("]["), sample.markdown());
        }
    }

    private Element assertSafe(String text, String mustShow) {
        Element html = Jsoup.parseBodyFragment(markdown.render(text, "p-").html()).body();
        assertAll(
                () -> assertEquals(List.of(), LinkSafety.unsafeAddresses(html), "addresses with an unsafe scheme"),
                () -> assertEquals(List.of(), LinkSafety.externalLinksWithoutRel(html, "nofollow", "noopener"),
                        "links to other sites without rel=\"nofollow noopener\""),
                () -> assertEquals(List.of(), LinkSafety.handlersAndStyles(html), "event handlers and styles"),
                () -> assertTrue(html.text().contains(mustShow), "'" + mustShow + "' is shown in: " + html.html()));
        return html;
    }
}
