package org.casebake.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text a result can show: the browser picks from it the passage around the best match
 * ({@code passage} in {@code assets/js/search-engine.js}), so it keeps the whole text of an ordinary
 * item, with white space folded, and cuts only what is longer than a generous budget: answers and
 * questions {@value #ITEM_BUDGET} characters in all; cases, comparisons and teaching notes
 * {@value #SECTION_BUDGET} per section and {@value #LONG_ITEM_BUDGET} in all. A match past the budget
 * still finds the item; its excerpt then shows the start. Text is cut at a word boundary and ends in
 * an ellipsis.
 */
final class ExcerptCutter {

    static final int ITEM_BUDGET = 6_000;
    static final int SECTION_BUDGET = 4_000;
    static final int LONG_ITEM_BUDGET = 12_000;
    private static final int SMALLEST = 40;

    /** The sections of an item as [heading, anchor, excerpt] triples, within the item's budget. */
    List<List<String>> cut(SearchItem item) {
        boolean long_ = item.type() == SearchItemType.CASE || item.type() == SearchItemType.COMPARISON
                || item.type() == SearchItemType.TEACHING_NOTE;
        int left = long_ ? LONG_ITEM_BUDGET : ITEM_BUDGET;
        int perSection = long_ ? SECTION_BUDGET : ITEM_BUDGET;
        List<List<String>> out = new ArrayList<>();
        for (SearchSection section : item.sections()) {
            String text = collapse(section.text(), Math.min(left, perSection));
            if (text.isEmpty() && section.heading().isBlank()) {
                continue;
            }
            if (left < SMALLEST) {
                break;
            }
            String excerpt = shortenCollapsed(text, Math.min(left, perSection));
            left -= excerpt.length();
            out.add(List.of(collapse(section.heading(), Integer.MAX_VALUE), section.anchor(), excerpt));
        }
        return out;
    }

    /** The text with runs of white space made single spaces, cut to at most max characters. */
    static String shorten(String text, int max) {
        return shortenCollapsed(collapse(text, max), max);
    }

    private static String shortenCollapsed(String plain, int max) {
        if (plain.length() <= max) {
            return plain;
        }
        int end = plain.lastIndexOf(' ', max - 1);
        if (end < max / 2) {
            end = max - 1;
            if (Character.isLowSurrogate(plain.charAt(end))) {
                end--;
            }
        }
        return plain.substring(0, end).stripTrailing() + "…";
    }

    /**
     * The text with every run of the white space that regular expressions call {@code \s}
     * ({@code [ \t\n\x0B\f\r]}) made one space, then stripped at both ends; or, where that is longer
     * than limit, as much of it as ends with the first character that is not white space past the
     * limit: all that shortening reads, and answers are much longer than their excerpts.
     */
    private static String collapse(String text, int limit) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length() - start, 256));
        int solid = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                out.append(c);
                solid = Character.isWhitespace(c) ? solid : out.length();
                if (solid > limit) {
                    break;
                }
            }
        }
        out.setLength(solid);
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
