package org.casebake.authoring;

import java.util.List;

/**
 * Writes YAML front matter line by line, with every string double-quoted and escaped the way JSON
 * escapes it (which YAML reads the same way), so that a name like {@code O'Brien: "x"} or a subject with
 * a line break stays one harmless scalar.
 */
public final class FrontMatterWriter {

    private final StringBuilder text = new StringBuilder("---\n");

    /** A guide line for the instructor; YAML ignores it. Line breaks in it are escaped. */
    public FrontMatterWriter comment(String line) {
        text.append("# ").append(line.replace("\r", "\\r").replace("\n", "\\n")).append('\n');
        return this;
    }

    /** {@code key: "value"} at the given indent (0 for top level). */
    public FrontMatterWriter string(int indent, String key, String value) {
        indent(indent).append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    /** {@code key: "value"} at the top level. */
    public FrontMatterWriter string(String key, String value) {
        return string(0, key, value);
    }

    /** {@code key:} opening a nested block of lines that follow. */
    public FrontMatterWriter open(int indent, String key) {
        indent(indent).append(key).append(":\n");
        return this;
    }

    /** A block list of quoted strings under {@code key} at the top level. */
    public FrontMatterWriter list(String key, List<String> values) {
        open(0, key);
        for (String value : values) {
            text.append("  - ").append(quote(value)).append('\n');
        }
        return this;
    }

    /** A list item that is a mapping, opened with its first field: {@code - key: "value"}. */
    public FrontMatterWriter item(int indent, String key, String value) {
        indent(indent).append("- ").append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    /** Closes the front matter and appends the body, ending the file with one line break. */
    public String withBody(String body) {
        String trimmed = body.strip();
        return text + "---\n" + (trimmed.isEmpty() ? "" : trimmed + "\n");
    }

    /** A string as a double-quoted YAML scalar. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> appendPlainOrEscaped(out, value, i, c);
            }
        }
        return out.append('"').toString();
    }

    private static void appendPlainOrEscaped(StringBuilder out, String value, int i, char c) {
        if (Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
            out.append("\\ufffd");
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                || c == '\ufffe' || c == '\uffff') {
            // C0/C1 controls (U+0085 is a YAML line break) and BOMs would break or vanish unescaped.
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private static boolean isPairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private StringBuilder indent(int spaces) {
        return text.append(" ".repeat(spaces));
    }
}
