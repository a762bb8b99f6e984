package org.casebake.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the inverted index: for every term, the items that contain it with a BM25F weight, and the
 * word positions that phrase queries check. Fields weigh title 3, headings and themes 2, body text and
 * author 1; only the body is normalised by length (k1 = 1.2, b = 0.75). The weight is the saturated
 * term frequency tf / (k1 + tf) in 63 steps; the browser multiplies it by the term's idf.
 */
final class InvertedIndexBuilder {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final int FIELD_GAP = 16;
    private static final int TITLE = 0;
    private static final int HEADING = 1;
    private static final int BODY = 2;
    private static final double[] WEIGHTS = {3, 2, 1};

    /** One term's encoded postings (item gap, weight)* and positions (gap*2 + more)* per item. */
    record TermData(String postings, String positions) {
    }

    private final TextAnalyzer analyzer;

    InvertedIndexBuilder(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The index of all items, terms in String order (the order the browser's binary search expects). */
    SortedMap<String, TermData> build(SearchCatalog catalog) {
        // Analysis is most of the work and each item's is independent (Lucene analyzers keep their
        // state per thread); the order of the list, and so of the output, is the items' order.
        List<ItemTerms> all = catalog.items().parallelStream().map(this::collect).toList();
        long bodyTokens = 0;
        for (ItemTerms terms : all) {
            bodyTokens += terms.bodyLength;
        }
        double averageBody = Math.max(1.0, (double) bodyTokens / Math.max(1, all.size()));
        Map<String, Accumulator> accumulators = new HashMap<>();
        for (int n = 0; n < all.size(); n++) {
            ItemTerms terms = all.get(n);
            double norm = 1 - B + B * terms.bodyLength / averageBody;
            for (Map.Entry<String, int[]> entry : terms.frequencies.entrySet()) {
                int[] tf = entry.getValue();
                double weighted = WEIGHTS[TITLE] * tf[TITLE] + WEIGHTS[HEADING] * tf[HEADING]
                        + WEIGHTS[BODY] * tf[BODY] / norm;
                int weight = (int) Math.max(1, Math.min(63, Math.round(63 * weighted / (K1 + weighted))));
                accumulators.computeIfAbsent(entry.getKey(), t -> new Accumulator())
                        .add(n, weight, terms.positions.get(entry.getKey()));
            }
        }
        // Every term's data is complete before the terms are sorted, so hashing here changes no output.
        SortedMap<String, TermData> index = new TreeMap<>();
        accumulators.forEach((term, acc) -> index.put(term, new TermData(acc.postings.toString(),
                acc.positions.toString())));
        return index;
    }

    private ItemTerms collect(SearchItem item) {
        ItemTerms terms = new ItemTerms();
        terms.field(TITLE, item.title());
        for (SearchSection section : item.sections()) {
            terms.field(HEADING, section.heading());
            terms.field(BODY, section.text());
        }
        terms.field(HEADING, String.join(" ", item.themes()));
        if (item.author() != null) {
            terms.field(BODY, item.author());
        }
        return terms;
    }

    /** The terms of one item: frequency per field and positions across all fields. */
    private final class ItemTerms {
        final Map<String, int[]> frequencies = new LinkedHashMap<>();
        final Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int bodyLength;
        int offset;

        void field(int field, String text) {
            int last = -1;
            for (AnalyzedToken token : analyzer.analyze(text)) {
                frequencies.computeIfAbsent(token.term(), t -> new int[3])[field]++;
                positions.computeIfAbsent(token.term(), t -> new ArrayList<>()).add(offset + token.position());
                last = token.position();
                if (field == BODY) {
                    bodyLength++;
                }
            }
            if (last >= 0) {
                offset += last + 1 + FIELD_GAP;
            }
        }
    }

    private static final class Accumulator {
        final IntPacker postings = new IntPacker();
        final IntPacker positions = new IntPacker();
        int lastItem = -1;

        void add(int item, int weight, List<Integer> at) {
            postings.add(item - lastItem - 1).digit(weight);
            lastItem = item;
            int previous = -1;
            for (int i = 0; i < at.size(); i++) {
                positions.add((at.get(i) - previous - 1) * 2 + (i + 1 < at.size() ? 1 : 0));
                previous = at.get(i);
            }
        }
    }
}
