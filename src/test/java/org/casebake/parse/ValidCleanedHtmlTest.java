package org.casebake.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What cleaning leaves must still be valid HTML that assistive technology can read: an image whose
 * source was unsafe or missing is dropped, a link whose address was unsafe becomes its text, and an
 * image without alternative text is published with an empty one.
 */
class ValidCleanedHtmlTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownHtmlCleaner());

    private String html(String text) {
        return markdown.render(text, "a-").html().strip();
    }

    @Test
    void aLinkWhoseAddressWasUnsafeBecomesItsText() {
        assertEquals("<p>See the site and <strong>this</strong>.</p>",
                html("See <a href=\"javascript:alert(1)\">the site</a> and [**this**](javascript:alert(2))."));
    }

    @Test
    void aLinkWithoutAnyAddressBecomesItsText() {
        assertEquals("<p>An anchor.</p>", html("<a name=\"x\">An anchor</a>."));
    }

    @Test
    void anImageWithoutASourceIsDropped() {
        assertEquals("<p>Before  and  after.</p>",
                html("Before <img alt=\"nothing\"> and <img src=\"javascript:alert(1)\" alt=\"x\"> after."));
    }

    @Test
    void anImageWithAnEmptySourceIsDropped() {
        assertEquals("<p>Before  after.</p>", html("Before <img src=\" \" alt=\"blank\"> after."));
    }

    @Test
    void anImageWithoutAlternativeTextGetsAnEmptyOne() {
        assertEquals("<p>A chart: <img src=\"chart.png\" alt=\"\"></p>", html("A chart: <img src=\"chart.png\">"));
    }

    @Test
    void anImageWithAlternativeTextKeepsIt() {
        assertEquals("<p><img src=\"chart.png\" alt=\"Sales by year\"></p>", html("![Sales by year](chart.png)"));
    }

    @Test
    void theTextOfAnUnwrappedLinkStaysSearchable() {
        RenderedText text = markdown.render("Read <a href=\"vbscript:x\">the report</a> first.", "a-");
        assertEquals("Read the report first.", text.sections().get(0).text());
    }
}
