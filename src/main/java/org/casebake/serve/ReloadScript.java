package org.casebake.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    /** {@code html} with the script tag put just before its last {@code </body>} (or at its end). */
    static byte[] inject(byte[] html, long build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String withScript = end < 0 ? page + tag(build) : page.substring(0, end) + tag(build) + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }
}
