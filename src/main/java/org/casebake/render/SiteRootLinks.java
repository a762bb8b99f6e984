package org.casebake.render;

import org.casebake.parse.RenderedText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Puts a page's way to the site root in place of {@link RenderedText#SITE_ROOT} in its bytes: the
 * links of a body to figures and other pages are written from the site root, since the same body
 * is shown on pages at different depths (an answer on its case page and on its question pages).
 */
final class SiteRootLinks {

    private static final byte[] MARKER = RenderedText.SITE_ROOT.getBytes(StandardCharsets.US_ASCII);

    private SiteRootLinks() {
    }

    /** {@code page} with every marker replaced by {@code root}; the same array when it has none. */
    static byte[] resolve(byte[] page, String root) {
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
            at = indexOf(page, from);
        }
        out.write(page, from, page.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] page, int from) {
        byte first = MARKER[0];
        for (int i = from; i <= page.length - MARKER.length; i++) {
            if (page[i] == first && java.util.Arrays.equals(page, i, i + MARKER.length, MARKER, 0, MARKER.length)) {
                return i;
            }
        }
        return -1;
    }
}
