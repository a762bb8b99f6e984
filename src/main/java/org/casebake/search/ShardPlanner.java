package org.casebake.search;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Where each shard of about targetChars starts in the index, then the index's size: shard s holds
     * terms {@code starts[s]} to {@code starts[s + 1]}. There is always at least one shard.
     */
    static List<Integer> plan(List<InvertedIndexBuilder.TermData> index, int targetChars) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int size = 0;
        for (int t = 0; t < index.size(); t++) {
            InvertedIndexBuilder.TermData entry = index.get(t);
            int entrySize = entry.term().text.length() + entry.postings().length() + 6;
            if (size > 0 && size + entrySize > targetChars) {
                starts.add(t);
                size = 0;
            }
            size += entrySize;
        }
        starts.add(index.size());
        return List.copyOf(starts);
    }
}
