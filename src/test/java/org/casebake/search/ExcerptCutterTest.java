package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Excerpts fold white space exactly as the regular expression {@code \s+} and {@link String#strip()} do. */
class ExcerptCutterTest {

    private static final String PIECES = " \t\n\u000B\f\r\u2003\u00A0\u001Caé…😀";

    @Test
    void whiteSpaceIsFoldedAsByTheRegularExpression() {
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random);
            String expected = text.replaceAll("\\s+", " ").strip();
            assertEquals(expected, ExcerptCutter.shorten(text, Integer.MAX_VALUE), escape(text));
        }
    }

    @Test
    void shorteningReadsTheFoldedTextWhateverItsLength() {
        Random random = new Random(12);
        for (int n = 0; n < 5_000; n++) {
            String text = randomText(random);
            int max = 2 + random.nextInt(40);
            String folded = text.replaceAll("\\s+", " ").strip();
            assertEquals(ExcerptCutter.shorten(folded, max), ExcerptCutter.shorten(text, max), escape(text) + " " + max);
        }
    }

    @Test
    void aLongTextIsCutAtAWordAfterItsWhiteSpaceIsFolded() {
        assertEquals("one two…", ExcerptCutter.shorten("  one\n\n  two \t three  four ", 12));
        assertEquals("", ExcerptCutter.shorten(" \u2003\t\n ", 5));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int piece = random.nextInt(PIECES.length() + 6);
            if (piece >= PIECES.length()) {
                text.append("word".substring(0, 1 + random.nextInt(4)));
            } else {
                text.appendCodePoint(PIECES.codePointAt(piece));
            }
        }
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x7f && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
