package org.casebake.search;

/**
 * One indexable term of a text.
 *
 * @param term     the normalised term (lower-cased, folded, stemmed)
 * @param position the word position in the text; removed stop words leave gaps, so phrases stay exact
 */
record AnalyzedToken(String term, int position) {
}
