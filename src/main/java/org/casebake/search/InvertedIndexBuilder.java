package org.casebake.search;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds the inverted index: for every term, the items that contain it with a BM25F weight, and the
 * word positions that phrase queries check. Fields weigh title 3, headings and themes 2, body text and
 * author 1; only the body is normalised by length (k1 = 1.2, b = 0.75). The weight is the saturated
 * term frequency tf / (k1 + tf) in 63 steps; the browser multiplies it by the term's idf.
 */
final class InvertedIndexBuilder {

    static final double K1 = 1.2;
    static final double B = 0.75;
    private static final double[] WEIGHTS = {3, 2, 1};

    /** One term's encoded postings (item gap, weight)* and positions (gap*2 + more)* per item. */
    record TermData(Term term, String postings, String positions) {
    }

    /**
     * The postings of all terms, gathered term by term: for the term of rank r, places
     * {@code starts[r]} to {@code starts[r + 1]} hold the items (ascending) that contain it, the term's
     * number within each item, and its weight there.
     */
    private record Postings(int[] starts, int[] items, int[] locals, byte[] weights) {
    }

    /**
     * The index of the analysed items (in item order), terms in String order (the order the browser's
     * binary search expects). {@code ranked} are the dictionary's terms in that order; terms no item
     * uses are left out.
     */
    List<TermData> build(List<ItemTerms> all, Term[] ranked) {
        Postings postings = gather(all, ranked.length);
        return IntStream.range(0, ranked.length).parallel()
                .filter(r -> postings.starts[r] < postings.starts[r + 1])
                .mapToObj(r -> encode(ranked[r], postings, r, all))
                .toList();
    }

    private static Postings gather(List<ItemTerms> all, int termCount) {
        long bodyTokens = 0;
        int[] starts = new int[termCount + 1];
        for (ItemTerms terms : all) {
            bodyTokens += terms.bodyLength();
            for (Term term : terms.terms()) {
                starts[term.rank + 1]++;
            }
        }
        for (int r = 0; r < termCount; r++) {
            starts[r + 1] += starts[r];
        }
        double averageBody = Math.max(1.0, (double) bodyTokens / Math.max(1, all.size()));
        int[] next = starts.clone();
        int[] items = new int[starts[termCount]];
        int[] locals = new int[items.length];
        byte[] weights = new byte[items.length];
        for (int n = 0; n < all.size(); n++) {
            ItemTerms terms = all.get(n);
            double norm = 1 - B + B * terms.bodyLength() / averageBody;
            int[] tf = terms.frequencies();
            for (int local = 0; local < terms.terms().length; local++) {
                int at = next[terms.terms()[local].rank]++;
                items[at] = n;
                locals[at] = local;
                weights[at] = (byte) weight(tf[local * 3], tf[local * 3 + 1], tf[local * 3 + 2], norm);
            }
        }
        return new Postings(starts, items, locals, weights);
    }

    private static int weight(int title, int heading, int body, double norm) {
        double weighted = WEIGHTS[TermCollector.TITLE] * title + WEIGHTS[TermCollector.HEADING] * heading
                + WEIGHTS[TermCollector.BODY] * body / norm;
        return (int) Math.max(1, Math.min(63, Math.round(63 * weighted / (K1 + weighted))));
    }

    private static TermData encode(Term term, Postings postings, int rank, List<ItemTerms> all) {
        IntPacker items = new IntPacker();
        IntPacker positions = new IntPacker();
        int lastItem = -1;
        for (int at = postings.starts[rank]; at < postings.starts[rank + 1]; at++) {
            int item = postings.items[at];
            items.add(item - lastItem - 1).digit(postings.weights[at]);
            lastItem = item;
            ItemTerms terms = all.get(item);
            int from = terms.positionStarts()[postings.locals[at]];
            int to = terms.positionStarts()[postings.locals[at] + 1];
            int previous = -1;
            for (int i = from; i < to; i++) {
                int position = terms.positions()[i];
                positions.add((position - previous - 1) * 2 + (i + 1 < to ? 1 : 0));
                previous = position;
            }
        }
        return new TermData(term, items.toString(), positions.toString());
    }
}
