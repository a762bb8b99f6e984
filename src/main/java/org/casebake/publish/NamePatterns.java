package org.casebake.publish;

import org.casebake.model.WithheldName;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The withheld names, each folded once into the word sequences that spell it, for
 * {@link NameHits} to look for in every output file.
 *
 * <p>A name of several words matches those words next to each other in any order ("Zoë Ångström",
 * "Ångström, Zoë"), and, from three words, its first and last word alone ("Mary Ann Smith" as
 * "Mary Smith"); and run together as one word, as written or reversed, when that word has at least
 * {@value #RUN_TOGETHER} letters ("zoeangstrom"). A one-word name ({@code oneWord}) is often a common word ("Page", "Will"), so it
 * matches only where {@link NameHits} is told to look for one-word names, and only a word that does
 * not start with a lower-case letter. A name in a script written without spaces (Chinese, Japanese,
 * Korean, Thai...) matches anywhere inside a run of that script.
 */
final class NamePatterns {

    /** The fewest letters a name's words run together must have to be looked for as one word. */
    static final int RUN_TOGETHER = 8;
    private static final int FILTER_BITS = 1 << 22;

    /** A student whose name is withheld, as the privacy setting shows it, and the answer the name came from. */
    record Student(String shownAs, String sourcePath) {
    }

    /** Words of a spaced script: the hashes of the folded words, which match in any order. */
    record Variant(long[] words, int student, boolean oneWord) {
    }

    /** Words of a script without spaces: a single word is found inside a run; several across runs. */
    record Unspaced(String[] words, int student, boolean oneWord) {
    }

    final List<Student> students = new ArrayList<>();
    /** The variants by {@link #key} of their words: a name is looked up, not searched for. */
    final VariantIndex index = new VariantIndex();
    /** Single unspaced words by their first code point. */
    final Map<Integer, List<Unspaced>> insideRuns = new HashMap<>();
    /** Unspaced names of several words by the first code point of their last word. */
    final Map<Integer, List<Unspaced>> acrossRuns = new HashMap<>();
    private final long[] filter = new long[FILTER_BITS / 64];
    int maxWords = 1;
    /** Which numbers of words some spaced variant has, as bits: 1 << n for n words. */
    private long variantLengths;

    NamePatterns(List<WithheldName> names) {
        Map<String, List<Word>> byKey = new LinkedHashMap<>();
        Map<String, WithheldName> first = new HashMap<>();
        NameReader reader = new NameReader();
        for (WithheldName name : names) {
            List<Word> words = reader.words(name.name());
            StringBuilder key = new StringBuilder();
            for (Word word : words) {
                key.append(word.folded()).append(' ');
            }
            if (!words.isEmpty() && byKey.putIfAbsent(key.toString(), words) == null) {
                first.put(key.toString(), name);
            }
        }
        byKey.forEach((key, words) -> {
            WithheldName name = first.get(key);
            students.add(new Student(name.shownAs(), name.sourcePath()));
            add(words, students.size() - 1);
        });
        index.seal();
    }

    boolean isEmpty() {
        return students.isEmpty();
    }

    /** Whether some variant has a word of this hash: most words are ruled out here. */
    boolean mayEndWith(long hash) {
        int bit = (int) (hash ^ hash >>> 32) & FILTER_BITS - 1;
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /** Whether some spaced variant has exactly {@code words} words. */
    boolean hasVariantOf(int words) {
        return words < Long.SIZE && (variantLengths & 1L << words) != 0;
    }

    /**
     * One word's share of the key of a set of words: the key of a variant is the sum of its words'
     * shares, so it is the same in whatever order the words come, and the last words of a text are
     * looked up by the sum of theirs. (The finalizer of MurmurHash3, so that sums of FNV hashes of
     * similar words do not collide.)
     */
    static long share(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    /** A word of a name: its folded text and hash, and whether it is of a script without spaces. */
    record Word(String folded, long hash, boolean unspaced) {
    }

    /** The words of {@code text} as {@link ReaderWords} reads them. */
    static List<Word> words(String text) {
        return new NameReader().words(text);
    }

    /** Reads names into words, one reader for all names of a build. */
    private static final class NameReader implements ReaderWords.Sink {
        private final ReaderWords reader = new ReaderWords(this);
        private byte[] bytes;
        private List<Word> words;

        List<Word> words(String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            words = new ArrayList<>(3);
            reader.read(bytes, false);
            return words;
        }

        @Override
        public void word(int stream, long hash, int start, boolean lowerCase, String folded, boolean unspaced, int end) {
            String text = folded != null ? folded
                    : org.casebake.parse.NameFolding.fold(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            words.add(new Word(text, hash, unspaced));
        }

        @Override
        public void restart(int stream) {
        }
    }

    private void add(List<Word> words, int student) {
        boolean unspaced = true;
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            unspaced &= words.get(i).unspaced();
            hashes[i] = words.get(i).hash();
        }
        if (unspaced) {
            addUnspaced(words, student);
            return;
        }
        if (words.size() == 1) {
            addVariant(hashes, student, true);
            return;
        }
        addVariant(hashes, student, false);
        if (words.size() >= 3) {
            addVariant(new long[]{words.get(0).hash(), words.get(words.size() - 1).hash()}, student, false);
        }
        for (List<Word> order : List.of(words, reversed(words))) {
            StringBuilder together = new StringBuilder();
            order.forEach(w -> together.append(w.folded()));
            if (together.codePointCount(0, together.length()) >= RUN_TOGETHER) {
                addVariant(new long[]{ReaderWords.hash(ReaderWords.HASH_START, together)}, student, false);
            }
        }
    }

    private void addUnspaced(List<Word> words, int student) {
        String together = String.join("", words.stream().map(Word::folded).toList());
        boolean oneCharacter = together.codePointCount(0, together.length()) == 1;
        insideRuns.computeIfAbsent(together.codePointAt(0), c -> new ArrayList<>())
                .add(new Unspaced(new String[]{together}, student, oneCharacter));
        if (words.size() > 1) {
            String reversedTogether = String.join("", reversed(words).stream().map(Word::folded).toList());
            insideRuns.computeIfAbsent(reversedTogether.codePointAt(0), c -> new ArrayList<>())
                    .add(new Unspaced(new String[]{reversedTogether}, student, false));
            for (List<Word> order : List.of(words, reversed(words))) {
                String[] folded = order.stream().map(Word::folded).toArray(String[]::new);
                acrossRuns.computeIfAbsent(folded[folded.length - 1].codePointAt(0), c -> new ArrayList<>())
                        .add(new Unspaced(folded, student, false));
                maxWords = Math.max(maxWords, folded.length);
            }
        }
    }

    /**
     * A variant whose words may come in any order, found at whichever of its words comes last: put
     * once in the index under the key of its words, and each word in the filter. Looking a variant up
     * by its key costs the same however many names share a word ("Student" in every name of a
     * generated course made each of its occurrences test 20,000 variants).
     */
    private void addVariant(long[] hashes, int student, boolean oneWord) {
        long key = 0;
        for (long hash : hashes) {
            key += share(hash);
            int bit = (int) (hash ^ hash >>> 32) & FILTER_BITS - 1;
            filter[bit >>> 6] |= 1L << bit;
        }
        index.put(key, new Variant(hashes, student, oneWord));
        if (hashes.length < Long.SIZE) {
            variantLengths |= 1L << hashes.length;
        }
        maxWords = Math.max(maxWords, hashes.length);
    }

    private static List<Word> reversed(List<Word> words) {
        List<Word> out = new ArrayList<>(words);
        java.util.Collections.reverse(out);
        return out;
    }
}
