package org.casebake.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a builder keeps of its latest build so that the next one redoes only the items that changed:
 * each item's analysed terms and cut excerpts (which depend on the item alone), keyed by the item
 * itself (record equality), and the terms of the index. Only the latest build's items are kept, so
 * memory stays that of one site. A forgetting memory keeps nothing.
 */
final class ItemMemory {

    /** Per item (in the order given), its terms and excerpts; the build's terms in String order. */
    record Analysis(List<ItemTerms> terms, List<List<List<String>>> excerpts, Term[] ranked) {
    }

    private record Kept(ItemTerms terms, List<List<String>> excerpts) {
    }

    private final boolean remembering;
    private Map<SearchItem, Kept> items = Map.of();
    private List<Term> terms = List.of();

    private ItemMemory(boolean remembering) {
        this.remembering = remembering;
    }

    static ItemMemory forgetting() {
        return new ItemMemory(false);
    }

    static ItemMemory remembering() {
        return new ItemMemory(true);
    }

    /** Analyses and cuts the items this memory does not hold, in parallel (the items are independent). */
    Analysis analyse(List<SearchItem> list) {
        TermDictionary dictionary = new TermDictionary(terms);
        Map<SearchItem, Kept> known = items;
        ExcerptCutter cutter = new ExcerptCutter();
        List<Kept> all;
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            all = list.parallelStream().map(item -> {
                Kept kept = known.get(item);
                return kept != null ? kept
                        : new Kept(TermCollector.collect(item, analyzer, dictionary), cutter.cut(item));
            }).toList();
        }
        return new Analysis(all.stream().map(Kept::terms).toList(), all.stream().map(Kept::excerpts).toList(),
                dictionary.rank());
    }

    /**
     * Keeps the analysis of a finished build and the terms its index uses, and drops all else; called
     * only once the whole build has succeeded, so a failed build leaves the memory as it was.
     */
    void keep(List<SearchItem> list, Analysis analysis, List<InvertedIndexBuilder.TermData> index) {
        if (!remembering) {
            return;
        }
        Map<SearchItem, Kept> next = new HashMap<>(list.size() * 2);
        for (int n = 0; n < list.size(); n++) {
            next.put(list.get(n), new Kept(analysis.terms().get(n), analysis.excerpts().get(n)));
        }
        items = next;
        terms = index.stream().map(InvertedIndexBuilder.TermData::term).toList();
    }
}
