package org.casebake.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of one build, each text held by exactly one {@link Term}. Items are analysed in parallel,
 * so the dictionary is safe to fill from several threads; a later build may start from the terms of an
 * earlier one, so that items it remembers keep pointing at the terms it uses.
 */
final class TermDictionary {

    private final ConcurrentHashMap<String, Term> terms;

    TermDictionary() {
        terms = new ConcurrentHashMap<>();
    }

    /** A dictionary that starts with the given terms (all different). */
    TermDictionary(List<Term> known) {
        terms = new ConcurrentHashMap<>(Math.max(16, known.size() * 2));
        for (Term term : known) {
            terms.put(term.text, term);
        }
    }

    /** The one term with the text {@code buffer[0, length)}. */
    Term term(char[] buffer, int length) {
        String text = new String(buffer, 0, length);
        Term term = terms.get(text);
        return term != null ? term : terms.computeIfAbsent(text, Term::new);
    }

    /** Every term, in String order, each given its place in that order as its rank. */
    Term[] rank() {
        Term[] sorted = terms.values().toArray(new Term[0]);
        Arrays.parallelSort(sorted, Comparator.comparing((Term t) -> t.text));
        for (int r = 0; r < sorted.length; r++) {
            sorted[r].rank = r;
        }
        return sorted;
    }
}
