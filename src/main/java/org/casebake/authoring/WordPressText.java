package org.casebake.authoring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives WordPress post and comment text the paragraphs it shows on the blog. WordPress stores text
 * without paragraph tags and adds them when it displays it ({@code wpautop}): a blank line separates
 * paragraphs, a single line break is a {@code <br>}. Chunks that already start with a block element are
 * left as written.
 */
public final class WordPressText {

    private static final Pattern BLOCK_START = Pattern.compile(
            "<(?:!--|/?(?:p|div|ol|ul|li|h[1-6]|blockquote|pre|table|thead|tbody|tr|figure|hr|dl|section|address)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCK_TAGS = "p|div|ol|ul|h[1-6]|blockquote|pre|table|figure|hr|dl|section|address";
    private static final Pattern BLOCK_OPEN = Pattern.compile("\\s*(<(?:" + BLOCK_TAGS + ")\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_CLOSE = Pattern.compile("(</(?:" + BLOCK_TAGS + ")>|<hr\\b[^>]*>)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    /** The text as HTML with a paragraph for every chunk between blank lines. */
    public String toHtml(String stored) {
        String text = stored.replace("\r\n", "\n").replace('\r', '\n').strip();
        // as wpautop does, a block element starts and ends a paragraph even without blank lines around it
        text = BLOCK_CLOSE.matcher(BLOCK_OPEN.matcher(text).replaceAll("\n\n$1")).replaceAll("$1\n\n");
        StringBuilder html = new StringBuilder();
        for (String chunk : BLANK_LINES.split(text)) {
            String trimmed = chunk.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher block = BLOCK_START.matcher(trimmed);
            if (block.lookingAt()) {
                html.append(trimmed).append('\n');
            } else {
                html.append("<p>").append(trimmed.replace("\n", "<br>")).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** Whether a WordPress date ({@code YYYY-MM-DD HH:MM:SS}) is the empty one WordPress writes for "never". */
    static boolean isEmptyDate(String date) {
        return date.isBlank() || date.toLowerCase(Locale.ROOT).startsWith("0000-00-00");
    }
}
