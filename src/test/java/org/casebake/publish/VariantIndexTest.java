package org.casebake.publish;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The table the guard looks name variants up in. Small keys share a slot exactly when they are equal
 * modulo the table's size (their bits above the 29th are zero), which lets these tests force collisions:
 * two keys make a table of 8 slots, three to four keys one of 16.
 */
class VariantIndexTest {

    @Test
    void aKeyGivesItsVariantsInTheOrderTheyWerePut() {
        VariantIndex index = new VariantIndex();
        index.put(42, variant(0));
        index.put(7, variant(1));
        index.put(42, variant(2));
        index.seal();
        assertEquals(List.of(0, 2), students(index, 42));
        assertEquals(List.of(1), students(index, 7));
    }

    @Test
    void aKeyNeverPutGivesNothing() {
        VariantIndex empty = new VariantIndex();
        assertEquals(-1, empty.first(5), "before it is sealed");
        empty.seal();
        assertEquals(List.of(), students(empty, 5));
        assertEquals(List.of(), students(empty, 0));
        VariantIndex index = sealed(1, 2);
        for (long absent : new long[]{0, 3, 9, 17, -1, Long.MIN_VALUE}) {
            assertEquals(List.of(), students(index, absent), Long.toString(absent));
        }
    }

    @Test
    void keysThatShareASlotAreBothFound() {
        assertFoundApart(1, 9, 17);
    }

    @Test
    void aSlotTakenAtTheEndOfTheTableMovesOnToItsStart() {
        assertFoundApart(7, 15, 23);
    }

    @Test
    void aKeyOfZeroIsAKeyLikeAnyOther() {
        assertFoundApart(0, 8, 16);
    }

    /** Two keys of one slot in a table of 8 are each found, and a third key of that slot is not. */
    private static void assertFoundApart(long first, long second, long absent) {
        VariantIndex index = sealed(first, second);
        assertEquals(List.of(0), students(index, first));
        assertEquals(List.of(1), students(index, second));
        assertEquals(List.of(), students(index, absent));
    }

    /** An index of one variant for each key, the variant of student {@code i} for the key at {@code i}. */
    private static VariantIndex sealed(long... keys) {
        VariantIndex index = new VariantIndex();
        for (int i = 0; i < keys.length; i++) {
            index.put(keys[i], variant(i));
        }
        index.seal();
        return index;
    }

    @Test
    void thousandsOfKeysWithHighBitsAreAllFound() {
        VariantIndex index = new VariantIndex();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            index.put(key(i), variant(i));
        }
        index.put(key(5), variant(n));
        index.seal();
        for (int i = 0; i < n; i++) {
            assertEquals(i == 5 ? List.of(5, n) : List.of(i), students(index, key(i)), "key " + i);
        }
        for (int i = n; i < n + 100; i++) {
            assertEquals(List.of(), students(index, key(i)), "absent key " + i);
        }
    }

    /** Keys spread as {@link NamePatterns#share} spreads them, so their high bits decide their slot too. */
    private static long key(int i) {
        return NamePatterns.share(i + 1L);
    }

    private static NamePatterns.Variant variant(int student) {
        return new NamePatterns.Variant(new long[]{student}, student, false);
    }

    private static List<Integer> students(VariantIndex index, long key) {
        List<Integer> out = new ArrayList<>();
        for (int e = index.first(key); e >= 0; e = index.next(e)) {
            out.add(index.variant(e).student());
        }
        return out;
    }
}
