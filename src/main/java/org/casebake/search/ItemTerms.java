package org.casebake.search;

/**
 * The analysed text of one item, which depends on nothing but the item: its distinct terms, how often
 * each occurs per field (title, headings and themes, body and author), and each term's word positions
 * across all fields, ascending.
 *
 * @param terms          the distinct terms, in order of first occurrence
 * @param frequencies    three counts per term: title, heading, body
 * @param positionStarts where each term's positions begin in {@code positions}; one more entry than terms
 * @param positions      the positions of every term, grouped by term
 * @param bodyLength     the number of body terms, which BM25 normalises by
 */
record ItemTerms(Term[] terms, int[] frequencies, int[] positionStarts, int[] positions, int bodyLength) {
}
