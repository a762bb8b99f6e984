package org.casebake.assemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Finds pairs of texts that share much of their wording, compared by their sets of 5-word shingles
 * (runs of five words, case and punctuation left out): the Jaccard similarity of the two sets is at
 * least {@link #THRESHOLD}, or at least that share of the shorter text's shingles are in the longer
 * one, as when a copied answer has a paragraph added. Texts that differ must share at least
 * {@value #MIN_SHARED} shingles: two one-line answers that both begin "I agree with the case" are not
 * copies; texts with the same shingles always are reported.
 *
 * <p>Comparing every pair would cost n² on a large course, so candidates come from MinHash signatures
 * ({@value #HASHES} values, by one permutation: see {@link #signature}) split into {@value #BANDS} bands of {@value #ROWS} rows (locality-sensitive
 * hashing): two texts become candidates when one band agrees, which happens with probability
 * 1 - (1 - J²)³², over 0.98 from J = 0.35 (where a copy with as much again added stands) and about 0.08
 * at J = 0.05. Each candidate's exact measures are then computed from the shingles themselves, so no
 * pair under the threshold is ever reported. The hash functions come from a fixed seed: the same texts
 * always give the same pairs.
 */
public final class NearDuplicates {

    /** The least similarity reported. */
    public static final double THRESHOLD = 0.5;
    /** Words in a shingle. */
    public static final int SHINGLE_WORDS = 5;

    static final int BANDS = 32;
    static final int ROWS = 2;
    static final int MIN_SHARED = 3;
    static final int HASHES = BANDS * ROWS;
    private static final int OVERLAP_WORDS = 24;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    /** One text to compare: where it comes from and its words. */
    public record Text(String path, String text) {
    }

    /**
     * Two texts that share much of their wording.
     *
     * @param first      the text that comes first in path order
     * @param second     the other
     * @param similarity shared shingles over all their distinct shingles (Jaccard's similarity)
     * @param contained  shared shingles over the distinct shingles of the shorter text
     * @param overlap    the longest passage of {@code first} whose every shingle is also in {@code second}
     */
    public record Pair(String first, String second, double similarity, double contained, String overlap) {

        /** The similarity as a whole percentage, rounded down (so 0.5 never shows as more). */
        public int percent() {
            return (int) Math.floor(similarity * 100 + 1e-9);
        }

        /** How much of the shorter text is in the other, as a whole percentage rounded down. */
        public int containedPercent() {
            return (int) Math.floor(contained * 100 + 1e-9);
        }
    }

    /** The bits of a mixed shingle hash that pick its bin: {@value #HASHES} bins. */
    private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(HASHES);
    /** The value kept in a bin is below this; a bin filled from its k-th neighbour adds k times it. */
    private static final long VALUE_RANGE = 1L << 52;

    private final long seed;

    /** A finder with Casebake's fixed hash function. */
    public NearDuplicates() {
        this.seed = new SplittableRandom(0x5eedCa5eBa4eL).nextLong();
    }

    /** Every pair of {@code texts} with a similarity of at least {@link #THRESHOLD}, in path order. */
    public List<Pair> among(List<Text> texts) {
        List<Text> sorted = texts.stream().sorted(Comparator.comparing(Text::path)).toList();
        Shingled[] shingled = sorted.parallelStream().map(t -> Shingled.of(t.text())).toArray(Shingled[]::new);
        long[][] signatures = IntStream.range(0, shingled.length).parallel()
                .mapToObj(i -> signature(shingled[i].unique())).toArray(long[][]::new);
        TreeSet<Long> candidates = new TreeSet<>();
        for (int band = 0; band < BANDS; band++) {
            addBucketPairs(shingled, signatures, band, candidates);
        }
        List<Pair> pairs = new ArrayList<>();
        for (long candidate : candidates) {
            int a = (int) (candidate >>> 32);
            int b = (int) candidate;
            long[] first = shingled[a].unique();
            long[] second = shingled[b].unique();
            int shared = shared(first, second);
            double similarity = (double) shared / (first.length + second.length - shared);
            double contained = (double) shared / Math.min(first.length, second.length);
            if ((similarity >= THRESHOLD || contained >= THRESHOLD) && (shared >= MIN_SHARED || similarity == 1.0)) {
                pairs.add(new Pair(sorted.get(a).path(), sorted.get(b).path(), similarity, contained,
                        shingled[a].longestRunIn(second)));
            }
        }
        return pairs;
    }

    /**
     * Adds every pair of texts whose signatures agree on {@code band}. Keys are sorted as plain numbers
     * and only keys that occur twice are looked at: on a large course almost every key occurs once.
     */
    private static void addBucketPairs(Shingled[] shingled, long[][] signatures, int band, TreeSet<Long> candidates) {
        long[] keys = new long[shingled.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = bandKey(signatures[i], band);
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long[] repeated = new long[sorted.length];
        int repeats = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1] && (repeats == 0 || repeated[repeats - 1] != sorted[i])) {
                repeated[repeats++] = sorted[i];
            }
        }
        if (repeats == 0) {
            return;
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (shingled[i].unique().length > 0 && Arrays.binarySearch(repeated, 0, repeats, keys[i]) >= 0) {
                buckets.computeIfAbsent(keys[i], k -> new ArrayList<>(2)).add(i);
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    candidates.add((long) bucket.get(a) << 32 | bucket.get(b));
                }
            }
        }
    }

    /**
     * The MinHash signature of a set of shingles by one permutation: each shingle is hashed once and
     * kept in one of {@value #HASHES} bins by its hash's top bits, each bin keeping its least value;
     * an empty bin takes the value of the next filled bin to its right, plus the distance (rotation
     * densification, Shrivastava and Li 2014), so that two sets still agree on a bin with probability
     * their Jaccard similarity. One hash per shingle instead of one per shingle and bin: 64 times less
     * work than the classic signature, for the same banding.
     */
    private long[] signature(long[] shingles) {
        long[] minimum = new long[HASHES];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles) {
            long h = mix(shingle ^ seed);
            int bin = (int) (h >>> BIN_SHIFT);
            long value = h & (VALUE_RANGE - 1);
            if (value < minimum[bin]) {
                minimum[bin] = value;
            }
        }
        if (shingles.length == 0) {
            return minimum;
        }
        long[] filled = minimum.clone();
        for (int bin = 0; bin < HASHES; bin++) {
            int distance = 0;
            while (filled[(bin + distance) % HASHES] == Long.MAX_VALUE) {
                distance++;
            }
            minimum[bin] = filled[(bin + distance) % HASHES] + distance * VALUE_RANGE;
        }
        return minimum;
    }

    /** The finalizer of SplitMix64: every bit of the result depends on every bit of {@code z}. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = key * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
            key ^= key >>> 31;
        }
        return key;
    }

    /** |A ∩ B| of two sorted arrays of distinct values. */
    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /**
     * A text's shingles: each shingle's hash in text order, and the distinct ones sorted. Words are
     * hashed as they are read, without making a string of each: a large course has millions.
     */
    private record Shingled(String text, long[] inOrder, long[] unique) {

        static Shingled of(String text) {
            long[] words = new long[Math.max(16, text.length() / 5)];
            int count = 0;
            long hash = FNV_OFFSET;
            boolean inWord = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                    inWord = true;
                } else if (inWord) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                    }
                    words[count++] = hash;
                    hash = FNV_OFFSET;
                    inWord = false;
                }
            }
            int shingles = count == 0 ? 0 : Math.max(1, count - SHINGLE_WORDS + 1);
            long[] inOrder = new long[shingles];
            for (int s = 0; s < shingles; s++) {
                long h = 0;
                for (int w = s; w < Math.min(count, s + SHINGLE_WORDS); w++) {
                    h = (h + words[w]) * 0xFF51AFD7ED558CCDL;
                    h ^= h >>> 33;
                }
                inOrder[s] = h;
            }
            long[] unique = inOrder.clone();
            Arrays.sort(unique);
            int distinct = 0;
            for (int i = 0; i < unique.length; i++) {
                if (i == 0 || unique[i] != unique[i - 1]) {
                    unique[distinct++] = unique[i];
                }
            }
            return new Shingled(text, inOrder, Arrays.copyOf(unique, distinct));
        }

        /** The longest run of this text's words whose shingles are all in {@code other}, cut to a readable length. */
        String longestRunIn(long[] other) {
            int bestStart = 0;
            int bestLength = 0;
            int start = 0;
            for (int s = 0; s <= inOrder.length; s++) {
                if (s == inOrder.length || Arrays.binarySearch(other, inOrder[s]) < 0) {
                    if (s - start > bestLength) {
                        bestLength = s - start;
                        bestStart = start;
                    }
                    start = s + 1;
                }
            }
            if (bestLength == 0) {
                return "";
            }
            // Words split as they were hashed: at every character that is not a letter or a digit.
            String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).toArray(String[]::new);
            int end = Math.min(words.length, bestStart + bestLength - 1 + SHINGLE_WORDS);
            boolean cut = end - bestStart > OVERLAP_WORDS;
            String passage = String.join(" ", Arrays.copyOfRange(words, bestStart, cut ? bestStart + OVERLAP_WORDS : end));
            return cut ? passage + " \u2026" : passage;
        }
    }
}
