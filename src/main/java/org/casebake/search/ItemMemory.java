package org.casebake.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a builder keeps of its latest build so that the next one redoes only the items that changed:
 * each item's analysed terms and cut excerpts (which depend on the item alone), keyed by the item's
 * identity, and the terms of the index. {@link SearchItems#of} hands over the same item object for
 * whatever did not change, so finding it costs no walk of its fields; an equal item made anew is
 * analysed again (time, never correctness). Only the latest build's items are kept, so memory stays
 * that of one site. A forgetting memory keeps nothing.
 */
final class ItemMemory {

    /** Per item (in the order given), its terms and excerpts; the build's terms in String order. */
    record Analysis(List<ItemTerms> terms, List<List<List<String>>> excerpts, Term[] ranked) {
    }

    private record Kept(ItemTerms terms, List<List<String>> excerpts) {
    }

    private static final int CHUNK = 64;

    private final boolean remembering;
    private Map<SearchItem, Kept> items = Map.of();
    private List<Term> terms = List.of();
    /**
     * The latest build's catalog, the items it was made from (as given), and for each place in the
     * catalog, the item's place among those.
     */
    private record KeptCatalog(SearchCatalog catalog, List<SearchItem> input, int[] order) {
    }

    private Optional<KeptCatalog> kept = Optional.empty();

    private ItemMemory(boolean remembering) {
        this.remembering = remembering;
    }

    static ItemMemory forgetting() {
        return new ItemMemory(false);
    }

    static ItemMemory remembering() {
        return new ItemMemory(true);
    }

    /**
     * The catalog of {@code list}: the latest build's, with these items in its places, when no item
     * differs from the one at its place then in what a catalog reads (ids, types, cases, questions,
     * themes, tags), as after an edit of an answer's text; else made and sorted anew. An unchanged
     * item is the same object as then, so that is mostly a comparison of references.
     */
    SearchCatalog catalog(List<SearchItem> list) {
        return kept.filter(last -> sameForCatalog(list, last.input()))
                .map(last -> {
                    List<SearchItem> placed = new ArrayList<>(last.order().length);
                    for (int from : last.order()) {
                        placed.add(list.get(from));
                    }
                    return last.catalog().with(placed);
                })
                .orElseGet(() -> SearchCatalog.of(list));
    }

    private static boolean sameForCatalog(List<SearchItem> list, List<SearchItem> input) {
        if (list.size() != input.size()) {
            return false;
        }
        for (int n = 0; n < list.size(); n++) {
            if (!sameForCatalog(list.get(n), input.get(n))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameForCatalog(SearchItem a, SearchItem b) {
        return a == b || a.id().equals(b.id()) && a.type() == b.type() && a.ofCase().equals(b.ofCase())
                && a.questionIds().equals(b.questionIds()) && a.questionLabels().equals(b.questionLabels())
                && a.themes().equals(b.themes()) && a.tags().equals(b.tags());
    }

    /**
     * Analyses and cuts the items this memory does not hold. The items are independent, so they are
     * handled in parallel, in chunks of {@value #CHUNK} that each share one collector.
     */
    Analysis analyse(List<SearchItem> list) {
        TermDictionary dictionary = new TermDictionary(terms);
        ExcerptCutter cutter = new ExcerptCutter();
        Kept[] all = new Kept[list.size()];
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            IntStream.range(0, (list.size() + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
                TermCollector collector = new TermCollector(analyzer, dictionary);
                for (int n = chunk * CHUNK; n < Math.min(list.size(), (chunk + 1) * CHUNK); n++) {
                    Kept kept = items.get(list.get(n));
                    all[n] = kept != null ? kept : new Kept(collector.collect(list.get(n)), cutter.cut(list.get(n)));
                }
            });
        }
        return new Analysis(Arrays.stream(all).map(Kept::terms).toList(),
                Arrays.stream(all).map(Kept::excerpts).toList(), dictionary.rank());
    }

    /**
     * Keeps the analysis of a finished build and the terms its index uses, and drops all else; called
     * only once the whole build has succeeded, so a failed build leaves the memory as it was.
     */
    void keep(List<SearchItem> given, SearchCatalog made, Analysis analysis, List<InvertedIndexBuilder.TermData> index) {
        if (!remembering) {
            return;
        }
        List<SearchItem> list = made.items();
        Map<SearchItem, Kept> next = new IdentityHashMap<>(list.size());
        for (int n = 0; n < list.size(); n++) {
            next.put(list.get(n), new Kept(analysis.terms().get(n), analysis.excerpts().get(n)));
        }
        Map<SearchItem, Integer> places = new IdentityHashMap<>(given.size());
        for (int n = 0; n < given.size(); n++) {
            places.put(given.get(n), n);
        }
        int[] from = new int[list.size()];
        for (int n = 0; n < list.size(); n++) {
            from[n] = places.get(list.get(n));
        }
        items = next;
        terms = index.stream().map(InvertedIndexBuilder.TermData::term).toList();
        kept = Optional.of(new KeptCatalog(made, List.copyOf(given), from));
    }
}
