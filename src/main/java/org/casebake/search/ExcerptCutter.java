package org.casebake.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text a result shows (its excerpts) to a small, fixed budget, so that the index stays near
 * 1 KB per item however long the answers are: answers and questions get {@value #ITEM_BUDGET}
 * characters in all; cases and comparisons {@value #SECTION_BUDGET} per section and
 * {@value #LONG_ITEM_BUDGET} in all. Text is cut at a word boundary and ends in an ellipsis.
 */
final class ExcerptCutter {

    static final int ITEM_BUDGET = 200;
    static final int SECTION_BUDGET = 180;
    static final int LONG_ITEM_BUDGET = 1800;
    private static final int SMALLEST = 40;

    /** The sections of an item as [heading, anchor, excerpt] triples, within the item's budget. */
    List<List<String>> cut(SearchItem item) {
        boolean long_ = item.type() == SearchItemType.CASE || item.type() == SearchItemType.COMPARISON;
        int left = long_ ? LONG_ITEM_BUDGET : ITEM_BUDGET;
        int perSection = long_ ? SECTION_BUDGET : ITEM_BUDGET;
        List<List<String>> out = new ArrayList<>();
        for (SearchSection section : item.sections()) {
            String text = collapse(section.text());
            if (text.isEmpty() && section.heading().isBlank()) {
                continue;
            }
            if (left < SMALLEST) {
                break;
            }
            String excerpt = shorten(text, Math.min(left, perSection));
            left -= excerpt.length();
            out.add(List.of(collapse(section.heading()), section.anchor(), excerpt));
        }
        return out;
    }

    /** The text with runs of white space made single spaces, cut to at most max characters. */
    static String shorten(String text, int max) {
        String plain = collapse(text);
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

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
