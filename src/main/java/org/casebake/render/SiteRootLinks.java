package org.casebake.render;

import org.casebake.parse.RenderedText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Puts a page's way to the site root in place of {@link RenderedText#SITE_ROOT} in its bytes: the
 * links of a body to figures and other pages are written from the site root, since the same body
 * is shown on pages at different depths (a case text on its page, an answer on a question page).
 * A link to an answer ({@link RenderedText#ANSWER}) becomes the address of the page that shows it.
 */
final class SiteRootLinks {

    private static final byte[] MARKER = RenderedText.SITE_ROOT.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ANSWER = RenderedText.ANSWER.getBytes(StandardCharsets.US_ASCII);

    private SiteRootLinks() {
    }

    /**
     * {@code page} with every marker replaced by {@code root}, and every link to an answer by the
     * address {@code answers} gives its {@code <case slug>/<anchor>}; the same array when it has none.
     */
    static byte[] resolve(byte[] page, String root, UnaryOperator<String> answers) {
        int at = indexOf(page, 0);
        if (at < 0) {
            return page;
        }
        byte[] replacement = root.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length);
        int from = 0;
        while (at >= 0) {
            out.write(page, from, at - from);
            out.writeBytes(replacement);
            from = at + MARKER.length;
            if (Arrays.equals(page, from, Math.min(page.length, from + ANSWER.length), ANSWER, 0, ANSWER.length)) {
                int start = from + ANSWER.length;
                int end = start;
                while (end < page.length && isNamePart(page[end])) {
                    end++;
                }
                out.writeBytes(answers.apply(new String(page, start, end - start, StandardCharsets.US_ASCII))
                        .getBytes(StandardCharsets.UTF_8));
                from = end;
            }
            at = indexOf(page, from);
        }
        out.write(page, from, page.length - from);
        return out.toByteArray();
    }

    /** A byte of a case slug, a slash or an answer anchor. */
    private static boolean isNamePart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.' || b == '/';
    }

    private static int indexOf(byte[] page, int from) {
        byte first = MARKER[0];
        for (int i = from; i <= page.length - MARKER.length; i++) {
            if (page[i] == first && Arrays.equals(page, i, i + MARKER.length, MARKER, 0, MARKER.length)) {
                return i;
            }
        }
        return -1;
    }
}
