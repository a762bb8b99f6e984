package org.casebake.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes index data as a script file that hands it to the page: {@code CasebakeSearch.load("key", data);}.
 * Data are strings, packed numbers, integers, lists and maps (written in their own iteration order, so callers pass
 * sorted maps); the output is compact JSON in which '<', '>', '&' and the line separators are escaped,
 * so no text from a student can end a script or change how it parses.
 */
final class ScriptText {

    private ScriptText() {
    }

    /** The bytes of the script file that loads the given data under the given key. */
    static byte[] loader(String key, Object data) {
        StringBuilder out = new StringBuilder(1024).append("CasebakeSearch.load(");
        json(key, out);
        out.append(',');
        json(data, out);
        out.append(");\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends one value as JSON. */
    static void json(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof IntPacker packed) {
            out.append('"');
            packed.appendTo(out);
            out.append('"');
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Boolean flag) {
            out.append(flag ? "true" : "false");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string((String) entry.getKey(), out);
                out.append(':');
                json(entry.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " into the search index");
        }
    }

    /** Appends a string literal; most index text needs no escape, and is then copied whole. */
    private static void string(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028'
                    || c == '\u2029') {
                JsonString.append(text, out);
                return;
            }
        }
        out.append('"').append(text).append('"');
    }
}
