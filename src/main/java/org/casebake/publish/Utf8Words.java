package org.casebake.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Words in UTF-8 text, read from the bytes without decoding the whole text: a word is a run of
 * letters and digits (of the Basic Multilingual Plane, as {@link Character#isLetterOrDigit(char)}
 * has them); everything else, HTML character references such as {@code &nbsp;} included, separates
 * words.
 */
final class Utf8Words {

    /** Letters and digits among the ASCII characters, the common case, looked up without a call. */
    static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Utf8Words() {
    }

    /** The length of the UTF-8 sequence that starts with {@code lead}; 1 for a byte that starts none. */
    static int length(int lead) {
        int b = lead & 0xFF;
        if (b >= 0xF0 && b < 0xF8) {
            return 4;
        }
        if (b >= 0xE0) {
            return b < 0xF0 ? 3 : 1;
        }
        return b >= 0xC0 ? 2 : 1;
    }

    /** The letter or digit encoded at {@code i}, or -1 if there is none (a separator, or not a whole sequence). */
    static int letterOrDigitAt(byte[] text, int i) {
        int b = text[i];
        if (b >= 0) {
            return ASCII_WORD[b] ? b : -1;
        }
        int c;
        int length = length(b);
        if (length == 2 && i + 1 < text.length && continues(text[i + 1])) {
            c = (b & 0x1F) << 6 | text[i + 1] & 0x3F;
        } else if (length == 3 && i + 2 < text.length && continues(text[i + 1]) && continues(text[i + 2])) {
            c = (b & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6 | text[i + 2] & 0x3F;
        } else {
            // Outside the Basic Multilingual Plane a character is two UTF-16 units, neither a letter.
            return -1;
        }
        return Character.isLetterOrDigit((char) c) ? c : -1;
    }

    private static boolean continues(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The first letter or digit at or after {@code i}, skipping whole character references. */
    static int skipSeparators(byte[] text, int i) {
        int n = text.length;
        while (i < n) {
            int b = text[i];
            if (b >= 0 ? ASCII_WORD[b] : letterOrDigitAt(text, i) >= 0) {
                return i;
            }
            if (b == '&') {
                int end = i + 1;
                while (end < n && end - i <= 10 && isReferenceByte(text[end])) {
                    end++;
                }
                if (end < n && text[end] == ';') {
                    i = end;
                }
            }
            i++;
        }
        return i;
    }

    private static boolean isReferenceByte(byte b) {
        return b >= 0 && (ASCII_WORD[b] || b == '#');
    }

    /** The end of the word that starts at {@code i}. */
    static int wordEnd(byte[] text, int i) {
        while (i < text.length && letterOrDigitAt(text, i) >= 0) {
            i += length(text[i]);
        }
        return i;
    }

    /** Up to {@code max} words of {@code text} from {@code from}. */
    static List<String> words(byte[] text, int from, int max) {
        List<String> words = new ArrayList<>();
        int i = from;
        while (i < text.length && words.size() < max) {
            i = skipSeparators(text, i);
            int end = wordEnd(text, i);
            if (end > i) {
                words.add(new String(text, i, end - i, StandardCharsets.UTF_8));
            }
            i = end;
        }
        return words;
    }
}
