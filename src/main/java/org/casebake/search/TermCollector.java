package org.casebake.search;

import java.util.Arrays;

/**
 * Analyses items into their {@link ItemTerms}, one item after another on one thread. Fields follow
 * each other with a gap of {@value #FIELD_GAP} positions, so a phrase never matches across two fields.
 * A collector recognises the terms it has seen by their characters in a table of its own, so a word it
 * met before, in this item or an earlier one, costs neither a String nor a look-up in the shared
 * dictionary.
 */
final class TermCollector implements TextAnalyzer.TermSink {

    static final int FIELD_GAP = 16;
    static final int TITLE = 0;
    static final int HEADING = 1;
    static final int BODY = 2;

    private final TextAnalyzer analyzer;
    private final TermDictionary dictionary;
    private final TermTable seen = new TermTable();
    /** For each term of the table, its number in the current item, valid where its stamp is the item's. */
    private int[] localOf = new int[256];
    private int[] stampOf = new int[256];
    private int stamp;
    private Term[] terms = new Term[64];
    private int[] frequencies = new int[64 * 3];
    private int count;
    private int[] tokenTerms = new int[256];
    private int[] tokenPositions = new int[256];
    private int tokens;
    private int field;
    private int offset;
    private int last;
    private int bodyLength;

    TermCollector(TextAnalyzer analyzer, TermDictionary dictionary) {
        this.analyzer = analyzer;
        this.dictionary = dictionary;
    }

    /** The terms of the item's title, section headings and texts, themes, tags and author. */
    ItemTerms collect(SearchItem item) {
        stamp++;
        count = 0;
        tokens = 0;
        offset = 0;
        bodyLength = 0;
        field(TITLE, item.title());
        for (SearchSection section : item.sections()) {
            field(HEADING, section.heading());
            field(BODY, section.text());
        }
        field(HEADING, String.join(" ", item.themes()));
        field(HEADING, String.join(" ", item.tags()));
        item.author().ifPresent(author -> field(BODY, author));
        return result();
    }

    private void field(int field, String text) {
        this.field = field;
        last = -1;
        analyzer.analyze(text, this);
        if (last >= 0) {
            offset += last + 1 + FIELD_GAP;
        }
    }

    @Override
    public void term(char[] buffer, int length, int position) {
        int local = local(buffer, length);
        frequencies[local * 3 + field]++;
        if (tokens == tokenTerms.length) {
            tokenTerms = Arrays.copyOf(tokenTerms, tokens * 2);
            tokenPositions = Arrays.copyOf(tokenPositions, tokens * 2);
        }
        tokenTerms[tokens] = local;
        tokenPositions[tokens++] = offset + position;
        last = position;
        if (field == BODY) {
            bodyLength++;
        }
    }

    /** The current item's own number for a term, adding the term on its first occurrence in the item. */
    private int local(char[] buffer, int length) {
        int known = seen.find(buffer, length);
        if (known < 0) {
            known = seen.add(dictionary.term(buffer, length));
            if (known == localOf.length) {
                localOf = Arrays.copyOf(localOf, known * 2);
                stampOf = Arrays.copyOf(stampOf, known * 2);
            }
        }
        if (stampOf[known] == stamp) {
            return localOf[known];
        }
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
            frequencies = Arrays.copyOf(frequencies, count * 6);
        }
        stampOf[known] = stamp;
        localOf[known] = count;
        terms[count] = seen.term(known);
        Arrays.fill(frequencies, count * 3, count * 3 + 3, 0);
        return count++;
    }

    private ItemTerms result() {
        return new ItemTerms(Arrays.copyOf(terms, count), Arrays.copyOf(frequencies, count * 3),
                Arrays.copyOf(tokenTerms, tokens), Arrays.copyOf(tokenPositions, tokens), bodyLength);
    }
}
