package org.casebake.search;

/**
 * Writes a string as a JSON string literal that is also safe inside an HTML {@code <script>}
 * element: besides what JSON requires, {@code <}, {@code >}, {@code &} and the line separators
 * U+2028/U+2029 are escaped, so student text can never end a script or open a comment.
 */
public final class JsonString {

    private JsonString() {
    }

    /** The quoted literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        append(text, out);
        return out.toString();
    }

    /** Appends the quoted literal to {@code out}. */
    public static void append(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
