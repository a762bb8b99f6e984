package org.casebake.search;

import java.util.Arrays;

/**
 * The terms one thread has met, numbered in the order it met them and found by their characters
 * (an open-addressing hash table), so that a term in Lucene's buffer is recognised without making a
 * String of it.
 */
final class TermTable {

    private Term[] terms = new Term[256];
    private int count;
    /** Term number + 1 per slot, 0 for an empty slot; never more than half full. */
    private int[] slots = new int[512];

    /** The number of the term with the text {@code buffer[0, length)}, or -1 if it is not in the table. */
    int find(char[] buffer, int length) {
        int mask = slots.length - 1;
        for (int slot = spread(hash(buffer, length)) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (sameText(terms[entry].text, buffer, length)) {
                return entry;
            }
        }
    }

    /** Adds a term that is not in the table yet; its number. */
    int add(Term term) {
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
        }
        terms[count] = term;
        if ((count + 1) * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int n = 0; n < count; n++) {
                place(n);
            }
        }
        place(count);
        return count++;
    }

    Term term(int number) {
        return terms[number];
    }

    private void place(int number) {
        int mask = slots.length - 1;
        int slot = spread(terms[number].text.hashCode()) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = number + 1;
    }

    /** The same number as {@link String#hashCode()} of the text. */
    private static int hash(char[] buffer, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        return hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
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
}
