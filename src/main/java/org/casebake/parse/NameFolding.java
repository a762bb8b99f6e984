package org.casebake.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The form in which student names are compared, so that a name is recognised however it is spelt:
 * Unicode compatibility normalisation (NFKC), full case folding, diacritics removed (from letters of
 * alphabets that write them as marks: Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic,
 * Syriac), letters that carry their stroke inside ({@code ø ł đ ð ħ ŧ ı}) and ligatures ({@code æ œ
 * ß þ}) spelt with plain letters, and default-ignorable code points (soft hyphen, zero-width space,
 * joiners, word joiner, byte-order mark, variation selectors, bidirectional controls...) dropped.
 * "Zoë Ångström", "ZOE ANGSTROM" and "Zo\u00ADe Ångstro\u0308m" fold alike.
 *
 * <p>Marks of the scripts of South and South-East Asia (Devanagari vowel signs, Thai tone marks) and
 * the Japanese voicing marks are letters in all but name and are kept.
 */
public final class NameFolding {

    private static final Set<Character.UnicodeScript> MARKS_ARE_DIACRITICS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARMENIAN,
            Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.HEBREW, Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC, Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.YI);

    private NameFolding() {
    }

    /** {@code text} folded: NFKC, case folded, diacritics and default-ignorable code points removed. */
    public static String fold(CharSequence text) {
        if (isPlainAscii(text)) {
            return text.toString().toLowerCase(Locale.ROOT);
        }
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isIgnorable(c)).forEach(visible::appendCodePoint);
        String compatible = Normalizer.normalize(visible, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(c)));
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (!MARKS_ARE_DIACRITICS.contains(base) || c == 0x3099 || c == 0x309A) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            base = Character.UnicodeScript.of(c);
            appendPlain(c, out);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isPlainAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Letters that no decomposition spells with plain letters, spelt with them; Arabic's stretching tatweel dropped. */
    private static void appendPlain(int c, StringBuilder out) {
        switch (c) {
            case 'ø' -> out.append('o');
            case 'ł' -> out.append('l');
            case 'đ', 'ð' -> out.append('d');
            case 'ħ' -> out.append('h');
            case 'ŧ' -> out.append('t');
            case 'ı' -> out.append('i');
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'þ' -> out.append("th");
            case 0x0640 -> {
            }
            default -> out.appendCodePoint(c);
        }
    }

    /** A combining mark: nonspacing, spacing or enclosing. */
    public static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A letter, digit or combining mark: part of a word. */
    public static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    /**
     * A letter of a script written without spaces between words (Chinese, Japanese, Thai, ...; and
     * Korean, whose particles attach to names): a name in it is looked for anywhere in a run of it.
     */
    public static boolean isUnspaced(int c) {
        return c >= 0x0E00 && UNSPACED.contains(Character.UnicodeScript.of(c));
    }

    /** A default-ignorable code point (Unicode's Default_Ignorable_Code_Point): invisible, so dropped. */
    public static boolean isIgnorable(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || c >= 0x180B && c <= 0x180F || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2060 && c <= 0x206F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF
                || c == 0xFFA0 || c >= 0xFFF0 && c <= 0xFFF8 || c >= 0x1BCA0 && c <= 0x1BCA3
                || c >= 0x1D173 && c <= 0x1D17A || c >= 0xE0000 && c <= 0xE0FFF;
    }
}
