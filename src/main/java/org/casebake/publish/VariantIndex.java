package org.casebake.publish;

import java.util.Arrays;

/**
 * The name variants by the key of their words ({@link NamePatterns#share}): an open-addressing table from a 64-bit
 * hash to a chain of variants, built once per build for thousands of names without boxing a key.
 */
final class VariantIndex {

    private long[] pendingKeys = new long[64];
    private NamePatterns.Variant[] pendingValues = new NamePatterns.Variant[64];
    private int size;

    private long[] keys = new long[0];
    private int[] heads = new int[0];
    private int[] next = new int[0];
    private NamePatterns.Variant[] values = new NamePatterns.Variant[0];

    void put(long hash, NamePatterns.Variant variant) {
        if (size == pendingKeys.length) {
            pendingKeys = Arrays.copyOf(pendingKeys, size * 2);
            pendingValues = Arrays.copyOf(pendingValues, size * 2);
        }
        pendingKeys[size] = hash;
        pendingValues[size++] = variant;
    }

    /** Builds the table from what was put; call once, before any look-up. */
    void seal() {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2)) << 1;
        keys = new long[capacity];
        heads = new int[capacity];
        Arrays.fill(heads, -1);
        next = new int[size];
        values = Arrays.copyOf(pendingValues, size);
        for (int i = size - 1; i >= 0; i--) {
            int slot = slot(pendingKeys[i]);
            keys[slot] = pendingKeys[i];
            next[i] = heads[slot];
            heads[slot] = i;
        }
        pendingKeys = null;
        pendingValues = null;
    }

    /** The first entry for {@code hash}, or -1; go on with {@link #next(int)}. */
    int first(long hash) {
        if (heads.length == 0) {
            return -1;
        }
        int slot = slot(hash);
        return keys[slot] == hash ? heads[slot] : -1;
    }

    int next(int entry) {
        return next[entry];
    }

    NamePatterns.Variant variant(int entry) {
        return values[entry];
    }

    /** The slot of {@code hash}: its own, or the first free one after it. */
    private int slot(long hash) {
        int mask = keys.length - 1;
        int slot = (int) (hash ^ hash >>> 29) & mask;
        while (heads[slot] != -1 && keys[slot] != hash) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
