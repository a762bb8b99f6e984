package org.casebake.parse;

import java.nio.charset.StandardCharsets;

/**
 * Writes an absolute URL (such as {@code https://news.example.com/a b}) as a valid one: every
 * character the URL standard does not allow where it stands is percent-encoded, as a browser
 * encodes it before following the link, so the address leads to the same place and the page that
 * carries it is valid HTML. Allowed are ASCII letters and digits, {@code !$&'()*+,-./:;=?@_~},
 * letters beyond ASCII, a {@code %} that starts an escape, the first {@code #}, and brackets in
 * the host (an IPv6 address). A quote, a space or an angle bracket never survives.
 */
public final class UrlEscaper {

    private static final String ALLOWED_SYMBOLS = "!$&'()*+,-./:;=?@_~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEscaper() {
    }

    /** {@code url} with the characters it may not hold percent-encoded; the same string when it is valid. */
    public static String escape(String url) {
        StringBuilder out = new StringBuilder(url.length());
        int hostEnd = hostEnd(url);
        boolean inFragment = false;
        for (int i = 0; i < url.length(); ) {
            int c = url.codePointAt(i);
            boolean keep = isAllowed(c)
                    || (c == '%' && isEscape(url, i))
                    || (c == '#' && !inFragment)
                    || ((c == '[' || c == ']') && i < hostEnd);
            inFragment |= c == '#';
            if (keep) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(c);
        }
        return out.length() == url.length() && out.toString().equals(url) ? url : out.toString();
    }

    private static boolean isAllowed(int c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) || ALLOWED_SYMBOLS.indexOf(c) >= 0;
        }
        // Beyond ASCII: everything but controls, lone surrogates and noncharacters.
        return c >= 0xA0 && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE;
    }

    private static boolean isEscape(String url, int at) {
        return at + 2 < url.length() && isHex(url.charAt(at + 1)) && isHex(url.charAt(at + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Where the host of {@code scheme://host/...} ends; 0 when the URL has no host. */
    private static int hostEnd(String url) {
        int start = url.indexOf("//");
        if (start < 0 || start != url.indexOf(':') + 1) {
            return 0;
        }
        int end = start + 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }
}
