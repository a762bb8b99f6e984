package org.casebake.search;

/** The kinds of published thing a student can find; the order is the order of items inside a case. */
public enum SearchItemType {
    CASE, QUESTION, ANSWER, COMPARISON
}
