package org.casebake.search;

/**
 * One distinct term of an index, a single object shared by every item that contains it, so that
 * gathering postings needs no lookup by text. Its rank, its place in String order among the terms of
 * one build, is set by {@link TermDictionary#rank()} at the start of each build that uses the term.
 */
final class Term {

    final String text;
    int rank = -1;

    Term(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
