package org.casebake.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} the preview sends for each kind of file a site contains. */
final class MediaTypes {

    private static final String TEXT = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + TEXT),
            Map.entry("css", "text/css" + TEXT),
            Map.entry("js", "text/javascript" + TEXT),
            Map.entry("mjs", "text/javascript" + TEXT),
            Map.entry("json", "application/json" + TEXT),
            Map.entry("xml", "application/xml" + TEXT),
            Map.entry("txt", "text/plain" + TEXT),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    private MediaTypes() {
    }

    /** The media type for a site path, by its extension; unknown kinds are plain bytes. */
    static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** True for HTML, the only responses the reload script is added to. */
    static boolean isHtml(String mediaType) {
        return mediaType.startsWith("text/html");
    }
}
