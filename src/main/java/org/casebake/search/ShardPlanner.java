package org.casebake.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits the sorted terms of a large index into shards of about {@value #TARGET_CHARS} characters of
 * postings, so that a query downloads only the shards of its words. Shards are contiguous ranges of
 * terms: a word's shard is the last one whose first term is not after it, and all terms sharing a
 * prefix sit in neighbouring shards. A single term larger than the target gets a shard of its own.
 */
final class ShardPlanner {

    static final int TARGET_CHARS = 12_000;

    private ShardPlanner() {
    }

    /** The terms of each shard of about targetChars, in order; the first shard starts at the empty string. */
    static List<List<String>> plan(SortedMap<String, InvertedIndexBuilder.TermData> index, int targetChars) {
        List<List<String>> shards = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 0;
        for (Map.Entry<String, InvertedIndexBuilder.TermData> entry : index.entrySet()) {
            int entrySize = entry.getKey().length() + entry.getValue().postings().length() + 6;
            if (!current.isEmpty() && size + entrySize > targetChars) {
                shards.add(List.copyOf(current));
                current.clear();
                size = 0;
            }
            current.add(entry.getKey());
            size += entrySize;
        }
        if (!current.isEmpty() || shards.isEmpty()) {
            shards.add(List.copyOf(current));
        }
        return List.copyOf(shards);
    }
}
