package org.casebake.problem;

import java.util.Locale;

/**
 * Text from a course (a key, a value, a file name) made safe to print on one terminal line:
 * characters a terminal or an editor would act on instead of showing are written as {@code \\u001b}.
 * That covers the C0 and C1 controls and DEL (new lines, escape sequences that move the cursor or
 * recolour the screen), the line and paragraph separators, and format characters such as the
 * bidirectional overrides (U+202E shows later text reversed) and zero-width characters. Without
 * it, a crafted key could print a line of its own that reads like another file's error.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} with every character that is not shown as itself written as {@code \\uXXXX}. */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !hidden(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                // A character beyond the first plane (a tag character) is written as its two halves.
                for (char half : Character.toChars(c)) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) half));
                }
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** True for a character that is not printed as a visible glyph of its own. */
    private static boolean hidden(int c) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c < 0xA0) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }
}
