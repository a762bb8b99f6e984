package org.casebake.authoring;

/**
 * Reads the parts of a front matter line that starts a field, {@code key: value  # comment}: the key
 * with its colon, the value as written, and the comment after it with the space before it.
 */
final class FieldLine {

    private FieldLine() {
    }

    /** {@code key:} (as written, up to the colon). */
    static String keyPart(String line) {
        return line.substring(0, keyEnd(line));
    }

    /** The value as written, without the space around it and without the comment. */
    static String value(String line) {
        return line.substring(keyEnd(line), valueEnd(line)).strip();
    }

    /** The comment after the value with the space before it, or "" when the line has none. */
    static String comment(String line) {
        String rest = line.substring(valueEnd(line));
        return rest.contains("#") ? rest.stripTrailing() : "";
    }

    private static int keyEnd(String line) {
        return line.indexOf(':') + 1;
    }

    /** Where the value ends: at a '#' after white space outside quotes and brackets, or at the end of the line. */
    private static int valueEnd(String line) {
        int end = keyEnd(line);
        int lastContent = end;
        char quote = 0;
        boolean whiteBefore = true;
        for (int i = end; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                lastContent = i + 1;
                continue;
            }
            if (c == '#' && whiteBefore) {
                return lastContent;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            }
            whiteBefore = c == ' ' || c == '\t';
            if (!whiteBefore) {
                lastContent = i + 1;
            }
        }
        return lastContent;
    }
}
