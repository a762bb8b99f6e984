package org.casebake.render;

import org.casebake.config.MessagesLoader;

import java.util.Map;

/**
 * The texts of the search script ({@code assets/js/search.js} and {@code search-engine.js}): the
 * {@code script.*} keys, handed to it as a JSON object in the {@code data-texts} attribute of its
 * script element (no inline script, so the site keeps working under {@code default-src 'self'}).
 * The script carries the English texts itself, so a page whose texts are those leaves the
 * attribute out; a test keeps the script's English equal to {@code messages/en.properties}.
 */
final class ScriptTexts {

    private static final Map<String, String> BUILT_IN = Map.copyOf(new TemplateTexts(MessagesLoader.english()).scriptTexts());

    private ScriptTexts() {
    }

    /** The JSON object of the script's texts, or "" when they are the script's own English ones. */
    static String json(TemplateTexts texts) {
        Map<String, String> script = texts.scriptTexts();
        if (script.equals(BUILT_IN)) {
            return "";
        }
        StringBuilder json = new StringBuilder("{");
        script.forEach((key, text) -> {
            json.append(json.length() > 1 ? "," : "");
            quote(key, json);
            json.append(':');
            quote(text, json);
        });
        return json.append('}').toString();
    }

    /** A JSON string; it goes into an attribute, which the template escapes. */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
