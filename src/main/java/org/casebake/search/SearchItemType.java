package org.casebake.search;

/**
 * The kinds of published thing a reader can find; the order is the order of items inside a case.
 * Teaching notes exist only in the instructor's build. The ordinals are the index's type numbers
 * ({@code TYPES} in {@code assets/js/search-engine.js}), so new kinds go at the end.
 */
public enum SearchItemType {
    CASE, QUESTION, ANSWER, COMPARISON, TEACHING_NOTE
}
