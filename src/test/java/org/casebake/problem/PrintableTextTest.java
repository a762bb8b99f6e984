package org.casebake.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where text from a course may begin or end with a character a terminal acts on; the edges of the
 * ranges of such characters. (The mix of visible and hidden text is pinned in ProblemLineShapeTest.)
 */
class PrintableTextTest {

    @Test
    void aHiddenCharacterAtTheVeryStartIsEscapedToo() {
        assertEquals("\\u001b[2Jcontent/x.md", PrintableText.escape("\u001b[2Jcontent/x.md"));
        assertEquals("\\u202e\\u202dab", PrintableText.escape("\u202E\u202Dab"));
    }

    @Test
    void emptyTextStaysEmpty() {
        assertEquals("", PrintableText.escape(""));
    }

    @Test
    void theLastControlCharactersAreEscapedAndTheFirstVisibleOnesKept() {
        assertEquals("\\u001f \\u009f\u00a0\u00a1~", PrintableText.escape("\u001f \u009f\u00a0\u00a1~"));
    }
}
