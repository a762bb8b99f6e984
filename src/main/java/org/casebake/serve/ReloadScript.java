package org.casebake.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small script that makes an open preview tab follow the sources: it listens to the preview's
 * event stream, reloads the page after each good rebuild and shows a failed build's problems over
 * the page. It is added to HTML responses of the preview only, never to the built site.
 */
final class ReloadScript {

    /** Where the preview's own endpoints live, outside any site path Casebake generates. */
    static final String PREFIX = "/_casebake/";
    /** The script itself. */
    static final String SCRIPT_PATH = PREFIX + "live-reload.js";
    /** The server-sent event stream the script listens to. */
    static final String EVENTS_PATH = PREFIX + "events";
    /** The current build number and problems as JSON, for tools and tests. */
    static final String STATE_PATH = PREFIX + "state";

    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private final byte[] script;

    ReloadScript() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the Casebake jar");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's bytes. */
    byte[] bytes() {
        return script.clone();
    }

    /** The element added to each page: it names the build the page belongs to, so a stale tab reloads. */
    static String tag(long build) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-casebake-build=\"" + build + "\"></script>";
    }

    /**
     * {@code html} with the script tag put just before its last {@code </body>} (or at its end).
     * Looked for in the bytes, ignoring ASCII case: in UTF-8 those bytes never occur inside another
     * character, and the page is copied once a request (a tab polls it during a rebuild).
     */
    static byte[] inject(byte[] html, long build) {
        byte[] tag = tag(build).getBytes(StandardCharsets.US_ASCII);
        int end = lastBodyEnd(html);
        int at = end < 0 ? html.length : end;
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** Where the last {@code </body>} starts, in any ASCII case; -1 if there is none. */
    private static int lastBodyEnd(byte[] html) {
        for (int at = html.length - BODY_END.length; at >= 0; at--) {
            if (endsBodyAt(html, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean endsBodyAt(byte[] html, int at) {
        for (int i = 0; i < BODY_END.length; i++) {
            byte b = html[at + i];
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
            if (lower != BODY_END[i]) {
                return false;
            }
        }
        return true;
    }
}
