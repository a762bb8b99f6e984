package org.casebake.authoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cleaning of an imported post on its own: what stays, what goes with its text kept, and loose
 * text between blocks put in paragraphs of its own.
 */
class ImportedPostHtmlCleanerTest {

    private final ImportedPostHtmlCleaner cleaner = new ImportedPostHtmlCleaner();

    @Test
    void looseTextBetweenBlocksBecomesParagraphsWithoutTheSpaceAroundIt() {
        assertEquals("<p>Intro text</p><p>A paragraph.</p><p>closing <em>words</em> here</p>",
                cleaner.clean("  Intro text <p>A paragraph.</p> closing <em>words</em> here  "));
    }

    @Test
    void whiteSpaceBetweenBlocksStaysAsItIs() {
        assertEquals("<p>a</p>\n<p>b</p>", cleaner.clean("<p>a</p>\n<p>b</p>"));
    }

    @Test
    void aPostWithoutBlocksIsLeftAsOneRun() {
        assertEquals(" just <b>inline</b> text ", cleaner.clean(" just <b>inline</b> text "));
    }

    @Test
    void aLinkWithAnUnsafeOrUnusualAddressBecomesItsText() {
        assertEquals("<p>see t and f, or <a href=\"mailto:a@b.example\" rel=\"nofollow\">m</a></p>",
                cleaner.clean("<p>see <a href=\"javascript:x()\">t</a> and <a href=\"ftp://f.example/\">f</a>,"
                        + " or <a href=\"mailto:a@b.example\">m</a></p>"));
    }

    @Test
    void tagsOutsideTheListGoButTheirTextStays() {
        assertEquals("<p>under and small</p>", cleaner.clean("<p><u>under</u> <span>and</span> <small>small</small></p>"));
    }

    @Test
    void textIsHtmlOnlyWhenItHasAnElement() {
        assertFalse(cleaner.hasElements("a < b and b > c, 3 &lt; 4"));
        assertTrue(cleaner.hasElements("a <b>bold</b> word"));
    }

    @Test
    void plainTextIsEscapedAndKeepsItsParagraphsAndLineBreaks() {
        assertEquals("<p>a<br>b</p><p>c &lt;d&gt; &amp; e</p>", cleaner.fromPlainText("a\r\nb\r\n\r\n  c <d> & e  \r"));
    }
}
