package org.casebake.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds the inverted index: for every term, the items that contain it with a BM25F weight, and the
 * word positions that phrase queries check. Fields weigh title 3, headings and themes 2, body text and
 * author 1; only the body is normalised by length (k1 = 1.2, b = 0.75). The weight is the saturated
 * term frequency tf / (k1 + tf) in 63 steps; the browser multiplies it by the term's idf.
 *
 * <p>A remembering builder ({@code casebake serve}'s) keeps its latest build's postings and each
 * term's encoded data, and gives a term whose postings (items, weights and positions) are equal to
 * those it had then the data encoded then: they are a function of the postings alone. A rebuild after
 * one answer changed encodes again only the terms whose postings changed; when an item is added or
 * removed, the items after it are numbered anew and most terms are encoded again.
 */
final class InvertedIndexBuilder {

    static final double K1 = 1.2;
    static final double B = 0.75;
    private static final double[] WEIGHTS = {3, 2, 1};
    private static final int CHUNKS = 8;

    /** One term's encoded postings (item gap, weight)* and positions (gap*2 + more)* per item. */
    record TermData(Term term, IntPacker postings, IntPacker positions) {
    }

    /**
     * The postings of all terms, gathered term by term so that encoding reads memory in order: for the
     * term of rank r, places {@code starts[r]} to {@code starts[r + 1]} hold the items (ascending) that
     * contain it, its weight and number of positions there; its positions follow each other in
     * {@code positions} from {@code positionStarts[r]}.
     */
    private record Postings(int[] starts, int[] items, byte[] weights, int[] counts, int[] positionStarts,
                            int[] positions) {
    }

    /** What a remembering builder keeps of its latest build: the postings, and each term's rank and data by its text. */
    private record Encoded(Postings postings, Map<String, Kept> terms) {
    }

    /** A term of the latest build: where its postings were, and its data. */
    private record Kept(int rank, TermData data) {
    }

    private final boolean remembering;
    private Optional<Encoded> last = Optional.empty();

    private InvertedIndexBuilder(boolean remembering) {
        this.remembering = remembering;
    }

    /** A builder that encodes every term of every build. */
    static InvertedIndexBuilder forgetting() {
        return new InvertedIndexBuilder(false);
    }

    /** A builder that reuses its latest build's data of each term whose postings stayed the same. */
    static InvertedIndexBuilder remembering() {
        return new InvertedIndexBuilder(true);
    }

    /** One build's index, and the postings it was encoded from (for {@link #keep}). */
    record Built(List<TermData> terms, Postings postings) {
    }

    /**
     * The index of the analysed items (in item order), terms in String order (the order the browser's
     * binary search expects). {@code ranked} are the dictionary's terms in that order; terms no item
     * uses are left out.
     */
    Built build(List<ItemTerms> all, Term[] ranked) {
        Postings postings = gather(all, ranked.length);
        Optional<Encoded> before = last;
        List<TermData> terms = IntStream.range(0, ranked.length).parallel()
                .filter(r -> postings.starts[r] < postings.starts[r + 1])
                .mapToObj(r -> before.flatMap(b -> kept(b, ranked[r], postings, r))
                        .orElseGet(() -> encode(ranked[r], postings, r)))
                .toList();
        return new Built(terms, postings);
    }

    /**
     * Keeps {@code built} for the next build, when this builder remembers; called once the whole index
     * is made, so a build that failed later leaves what is kept as it was.
     */
    void keep(Built built) {
        if (!remembering) {
            return;
        }
        Map<String, Kept> terms = new HashMap<>(built.terms().size() * 2);
        built.terms().forEach(data -> terms.put(data.term().text, new Kept(data.term().rank, data)));
        last = Optional.of(new Encoded(built.postings(), terms));
    }

    /** The data {@code before} holds for {@code term}, if its postings then were those of rank {@code r} now. */
    private static Optional<TermData> kept(Encoded before, Term term, Postings now, int r) {
        Kept kept = before.terms().get(term.text);
        if (kept == null) {
            return Optional.empty();
        }
        Postings then = before.postings();
        int rank = kept.rank();
        int from = now.starts[r];
        int to = now.starts[r + 1];
        int thenFrom = then.starts[rank];
        int thenTo = then.starts[rank + 1];
        boolean same = Arrays.equals(now.items, from, to, then.items, thenFrom, thenTo)
                && Arrays.equals(now.weights, from, to, then.weights, thenFrom, thenTo)
                && Arrays.equals(now.counts, from, to, then.counts, thenFrom, thenTo)
                && Arrays.equals(now.positions, now.positionStarts[r], now.positionStarts[r + 1],
                        then.positions, then.positionStarts[rank], then.positionStarts[rank + 1]);
        return same ? Optional.of(new TermData(term, kept.data().postings(), kept.data().positions())) : Optional.empty();
    }

    /**
     * For one chunk of items, per term rank: first how many postings and positions the chunk has,
     * then, once turned into cursors, where the chunk's next ones go.
     */
    private record Chunk(int from, int to, int[] postings, int[] positions, long bodyLength) {
    }

    /**
     * Gathers postings in parallel over contiguous chunks of items: each chunk counts its own, the
     * counts become a place of its own per chunk and term (chunks in item order), and each chunk then
     * fills its places, so every term's postings stay in item order.
     */
    private static Postings gather(List<ItemTerms> all, int termCount) {
        int chunks = Math.max(1, Math.min(CHUNKS, all.size() / 64));
        List<Chunk> counted = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> count(all, all.size() * c / chunks, all.size() * (c + 1) / chunks, termCount))
                .toList();
        int[] starts = new int[termCount + 1];
        int[] positionStarts = new int[termCount + 1];
        for (int r = 0; r < termCount; r++) {
            starts[r + 1] = starts[r];
            positionStarts[r + 1] = positionStarts[r];
            for (Chunk chunk : counted) {
                int postings = chunk.postings[r];
                int positions = chunk.positions[r];
                chunk.postings[r] = starts[r + 1];
                chunk.positions[r] = positionStarts[r + 1];
                starts[r + 1] += postings;
                positionStarts[r + 1] += positions;
            }
        }
        long bodyTokens = counted.stream().mapToLong(Chunk::bodyLength).sum();
        double averageBody = Math.max(1.0, (double) bodyTokens / Math.max(1, all.size()));
        Postings postings = new Postings(starts, new int[starts[termCount]], new byte[starts[termCount]],
                new int[starts[termCount]], positionStarts, new int[positionStarts[termCount]]);
        counted.parallelStream().forEach(chunk -> fill(all, chunk, averageBody, postings));
        return postings;
    }

    private static Chunk count(List<ItemTerms> all, int from, int to, int termCount) {
        int[] postings = new int[termCount];
        int[] positions = new int[termCount];
        long bodyLength = 0;
        for (int n = from; n < to; n++) {
            ItemTerms terms = all.get(n);
            bodyLength += terms.bodyLength();
            int[] tf = terms.frequencies();
            for (int local = 0; local < terms.terms().length; local++) {
                int rank = terms.terms()[local].rank;
                postings[rank]++;
                positions[rank] += tf[local * 3] + tf[local * 3 + 1] + tf[local * 3 + 2];
            }
        }
        return new Chunk(from, to, postings, positions, bodyLength);
    }

    private static void fill(List<ItemTerms> all, Chunk chunk, double averageBody, Postings postings) {
        int[] ranks = new int[64];
        for (int n = chunk.from; n < chunk.to; n++) {
            ItemTerms terms = all.get(n);
            ranks = terms.terms().length > ranks.length ? new int[terms.terms().length * 2] : ranks;
            double norm = 1 - B + B * terms.bodyLength() / averageBody;
            int[] tf = terms.frequencies();
            for (int local = 0; local < terms.terms().length; local++) {
                int rank = terms.terms()[local].rank;
                int at = chunk.postings[rank]++;
                ranks[local] = rank;
                postings.items[at] = n;
                postings.weights[at] = (byte) weight(tf[local * 3], tf[local * 3 + 1], tf[local * 3 + 2], norm);
                postings.counts[at] = tf[local * 3] + tf[local * 3 + 1] + tf[local * 3 + 2];
            }
            for (int word = 0; word < terms.words().length; word++) {
                postings.positions[chunk.positions[ranks[terms.words()[word]]]++] = terms.positions()[word];
            }
        }
    }

    private static int weight(int title, int heading, int body, double norm) {
        double weighted = WEIGHTS[TermCollector.TITLE] * title + WEIGHTS[TermCollector.HEADING] * heading
                + WEIGHTS[TermCollector.BODY] * body / norm;
        return (int) Math.max(1, Math.min(63, Math.round(63 * weighted / (K1 + weighted))));
    }

    private static TermData encode(Term term, Postings postings, int rank) {
        // Room for what most postings take (a gap of up to two characters and a weight) and most
        // positions (a gap of up to two characters): a packer that grows copies its text each time.
        IntPacker items = new IntPacker(3 * (postings.starts[rank + 1] - postings.starts[rank]));
        IntPacker positions = new IntPacker(2 * (postings.positionStarts[rank + 1] - postings.positionStarts[rank]));
        int lastItem = -1;
        int next = postings.positionStarts[rank];
        for (int at = postings.starts[rank]; at < postings.starts[rank + 1]; at++) {
            int item = postings.items[at];
            items.add(item - lastItem - 1).digit(postings.weights[at]);
            lastItem = item;
            int previous = -1;
            for (int left = postings.counts[at]; left > 0; left--) {
                int position = postings.positions[next++];
                positions.add((position - previous - 1) * 2 + (left > 1 ? 1 : 0));
                previous = position;
            }
        }
        return new TermData(term, items, positions);
    }
}
