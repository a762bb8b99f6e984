package org.casebake.search;

/**
 * The analysed text of one item, which depends on nothing but the item: its distinct terms, how often
 * each occurs per field (title, headings and themes, body and author), and the item's words in order,
 * each as its term and its position across all fields.
 *
 * @param terms       the distinct terms, in order of first occurrence
 * @param frequencies three counts per term: title, heading, body; their sum is the term's number of words
 * @param words       for each word, the number of its term in {@code terms}
 * @param positions   for each word, its position (ascending)
 * @param bodyLength  the number of body words, which BM25 normalises by
 */
record ItemTerms(Term[] terms, int[] frequencies, int[] words, int[] positions, int bodyLength) {
}
