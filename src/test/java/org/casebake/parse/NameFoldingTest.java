package org.casebake.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The folding student names are compared in. The invisible characters are Unicode's
 * Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt), each checked at both ends and
 * against the visible characters just outside it.
 */
class NameFoldingTest {

    /** First and last code point of each range of Default_Ignorable_Code_Point. */
    private static final int[][] IGNORABLE = {{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160},
            {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
            {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
            {0xE0000, 0xE0FFF}};

    @Test
    void everyDefaultIgnorableCodePointIsDroppedAndItsNeighboursAreNot() {
        for (int[] range : IGNORABLE) {
            assertTrue(NameFolding.isIgnorable(range[0]), Integer.toHexString(range[0]));
            assertTrue(NameFolding.isIgnorable(range[1]), Integer.toHexString(range[1]));
            assertFalse(NameFolding.isIgnorable(range[0] - 1), Integer.toHexString(range[0] - 1));
            assertFalse(NameFolding.isIgnorable(range[1] + 1), Integer.toHexString(range[1] + 1));
        }
        assertFalse(NameFolding.isIgnorable('a'));
    }

    @Test
    void anInvisibleCharacterInsideANameIsLeftOut() {
        assertEquals("zoeangstrom", NameFolding.fold("Zo\u00ADe\u200B\u2060Ångstro\u0308m\uFEFF"));
    }

    @Test
    void lettersWithAStrokeAndLigaturesAreSpeltWithPlainLetters() {
        assertEquals("ostrowski lodz dordur hhaddad tttt istanbul strasse aeroe oeuvre thora",
                NameFolding.fold("Østrowski Łódź ĐorÐur Ħħaddad Ŧŧtt İstanbul Straße Ærøe Œuvre Þóra"));
        assertEquals("محمد", NameFolding.fold("مـحـمـد"), "Arabic's stretching tatweel is dropped");
    }

    @Test
    void plainAsciiIsOnlyLowerCased() {
        assertEquals("mary-ann o'neil 42", NameFolding.fold("Mary-Ann O'Neil 42"));
    }

    @Test
    void diacriticsGoButTheMarksOfScriptsWhereTheyAreLettersStay() {
        assertEquals("zoe", NameFolding.fold("ZOË"));
        assertEquals("αλεξησ", NameFolding.fold("Αλέξης"), "accent gone, final sigma folded as any sigma");
        for (String kept : List.of("हिंदी", "สมชาย", "がぎ")) {
            assertEquals(kept, NameFolding.fold(kept), kept);
        }
        assertEquals("カキ", NameFolding.fold("\uFF76\uFF77"), "half-width katakana become full-width, as NFKC does");
    }

    @Test
    void scriptsWrittenWithoutSpacesAreKnownAsSuch() {
        assertTrue(NameFolding.isUnspaced('王'));
        assertTrue(NameFolding.isUnspaced('ส'));
        assertTrue(NameFolding.isUnspaced('한'));
        assertFalse(NameFolding.isUnspaced('a'));
        assertFalse(NameFolding.isUnspaced('ж'));
        assertFalse(NameFolding.isUnspaced(0x0E00 - 1), "below Thai, no script is written without spaces");
    }

    @Test
    void marksAreWordParts() {
        assertTrue(NameFolding.isWordPart(0x0308), "combining diaeresis, non-spacing");
        assertTrue(NameFolding.isWordPart(0x093E), "Devanagari vowel sign aa, spacing");
        assertTrue(NameFolding.isWordPart(0x20DD), "combining enclosing circle");
        assertTrue(NameFolding.isWordPart('7'));
        assertFalse(NameFolding.isWordPart('-'));
        assertFalse(NameFolding.isWordPart(' '));
    }
}
