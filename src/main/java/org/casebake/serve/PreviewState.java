package org.casebake.serve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the preview shows right now: the last good build, and the problems of the latest build if it
 * failed (empty when it succeeded). Replaced as a whole after every rebuild, so a request never sees
 * a half-updated site.
 *
 * @param site     the last good build ({@link SiteSnapshot#NONE} before the first)
 * @param problems the latest failed build's problems, one {@code path:line:col: error: ...} line each
 */
record PreviewState(SiteSnapshot site, List<String> problems) {

    PreviewState {
        Objects.requireNonNull(site, "site");
        problems = List.copyOf(problems);
    }

    /** The problems as a JSON array of strings, for the browser. */
    String problemsJson() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            json.append(i == 0 ? "" : ",").append(jsonString(problems.get(i)));
        }
        return json.append(']').toString();
    }

    /** The whole state as JSON: {@code {"build":3,"problems":[...]}}. */
    String toJson() {
        return "{\"build\":" + site.build() + ",\"problems\":" + problemsJson() + "}";
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // Escaped so the JSON can never close a <script> element or an HTML comment.
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
