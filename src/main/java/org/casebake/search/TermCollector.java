package org.casebake.search;

import java.util.Arrays;

/**
 * Analyses one item into its {@link ItemTerms}. Fields follow each other with a gap of
 * {@value #FIELD_GAP} positions, so a phrase never matches across two fields. Terms are told apart by
 * their characters in a small table of the item's own, so a repeated word costs no String.
 */
final class TermCollector implements TextAnalyzer.TermSink {

    static final int FIELD_GAP = 16;
    static final int TITLE = 0;
    static final int HEADING = 1;
    static final int BODY = 2;

    private final TextAnalyzer analyzer;
    private final TermDictionary dictionary;
    private Term[] terms = new Term[64];
    private int[] frequencies = new int[64 * 3];
    private int count;
    private int[] table = new int[128];
    private int[] tokenTerms = new int[256];
    private int[] tokenPositions = new int[256];
    private int tokens;
    private int field;
    private int offset;
    private int last;
    private int bodyLength;

    private TermCollector(TextAnalyzer analyzer, TermDictionary dictionary) {
        this.analyzer = analyzer;
        this.dictionary = dictionary;
    }

    /** The terms of the item's title, section headings and texts, themes and author. */
    static ItemTerms collect(SearchItem item, TextAnalyzer analyzer, TermDictionary dictionary) {
        TermCollector collector = new TermCollector(analyzer, dictionary);
        collector.field(TITLE, item.title());
        for (SearchSection section : item.sections()) {
            collector.field(HEADING, section.heading());
            collector.field(BODY, section.text());
        }
        collector.field(HEADING, String.join(" ", item.themes()));
        if (item.author() != null) {
            collector.field(BODY, item.author());
        }
        return collector.result();
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

    /** The item's own number for a term, adding the term on its first occurrence. */
    private int local(char[] buffer, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int mask = table.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                table[slot] = count + 1;
                return add(dictionary.term(buffer, length));
            }
            if (sameText(terms[entry].text, buffer, length)) {
                return entry;
            }
        }
    }

    private int add(Term term) {
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
            frequencies = Arrays.copyOf(frequencies, count * 6);
        }
        terms[count] = term;
        if (++count * 2 > table.length) {
            rehash();
        }
        return count - 1;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int n = 0; n < count; n++) {
            int hash = terms[n].text.hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = n + 1;
        }
    }

    private static boolean sameText(String text, char[] buffer, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /** Groups the positions by term; a stable counting sort keeps each term's positions ascending. */
    private ItemTerms result() {
        int[] starts = new int[count + 1];
        for (int t = 0; t < tokens; t++) {
            starts[tokenTerms[t] + 1]++;
        }
        for (int n = 0; n < count; n++) {
            starts[n + 1] += starts[n];
        }
        int[] next = Arrays.copyOf(starts, count);
        int[] positions = new int[tokens];
        for (int t = 0; t < tokens; t++) {
            positions[next[tokenTerms[t]]++] = tokenPositions[t];
        }
        return new ItemTerms(Arrays.copyOf(terms, count), Arrays.copyOf(frequencies, count * 3), starts,
                positions, bodyLength);
    }
}
