package org.casebake.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where withheld names occur in one text: fed word by word by {@link ReaderWords}, it remembers, for
 * each student whose name it met, the byte offset of the first occurrence.
 */
final class NameHits implements ReaderWords.Sink {

    private final NamePatterns patterns;
    private final boolean oneWordNames;
    private final Ring[] rings;
    private final Found found;

    /** Told of each occurrence: whose name (the student's index) and the byte offset where it starts. */
    interface Found {
        void at(int student, int offset);
    }

    /** @param oneWordNames whether one-word names are looked for in this text (see {@link NamePatterns}) */
    private NameHits(NamePatterns patterns, boolean oneWordNames, Found found) {
        this.patterns = patterns;
        this.oneWordNames = oneWordNames;
        this.found = found;
        this.rings = new Ring[]{new Ring(patterns.maxWords), new Ring(patterns.maxWords)};
    }

    /** The students found, by index, with the byte offset where each was first found. */
    static Map<Integer, Integer> in(NamePatterns patterns, byte[] text, boolean markup, boolean oneWordNames) {
        Map<Integer, Integer> first = new TreeMap<>();
        everyOccurrence(patterns, text, markup, oneWordNames, (student, offset) -> first.merge(student, offset, Math::min));
        return first;
    }

    /** Tells {@code found} of every occurrence of a name in {@code text}. */
    static void everyOccurrence(NamePatterns patterns, byte[] text, boolean markup, boolean oneWordNames, Found found) {
        new ReaderWords(new NameHits(patterns, oneWordNames, found)).read(text, markup);
    }

    /** Line and column (in characters, from 1) of byte offsets in UTF-8 text. */
    static final class Positions {
        private final byte[] text;

        Positions(byte[] text) {
            this.text = text;
        }

        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < text.length; i++) {
                if (text[i] == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int offset) {
            int column = 1;
            for (int i = Math.min(offset, text.length) - 1; i >= 0 && text[i] != '\n'; i--) {
                if ((text[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            return column;
        }
    }

    @Override
    public void restart(int stream) {
        rings[stream].count = 0;
    }

    @Override
    public void word(int stream, long hash, int start, boolean lowerCase, String folded, boolean unspaced, int end) {
        Ring ring = rings[stream];
        ring.add(hash, start, folded);
        if (patterns.mayEndWith(hash)) {
            long key = 0;
            for (int k = 1, most = Math.min(ring.words(), patterns.maxWords); k <= most; k++) {
                key += NamePatterns.share(ring.hash(k));
                if (patterns.hasVariantOf(k)) {
                    variantsEndingHere(ring, k, key, lowerCase);
                }
            }
        }
        if (unspaced && folded != null) {
            inside(folded, start);
            across(ring, folded);
        }
    }

    /** The variants of {@code k} words whose key is that of the last {@code k} words. */
    private void variantsEndingHere(Ring ring, int k, long key, boolean lowerCase) {
        for (int e = patterns.index.first(key); e >= 0; e = patterns.index.next(e)) {
            NamePatterns.Variant v = patterns.index.variant(e);
            if (v.words().length != k || v.oneWord() && (!oneWordNames || lowerCase)) {
                continue;
            }
            if (ring.endsIn(v.words())) {
                found(v.student(), ring.start(k));
            }
        }
    }

    /** Unspaced names inside this run. */
    private void inside(String folded, int start) {
        if (patterns.insideRuns.isEmpty()) {
            return;
        }
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            List<NamePatterns.Unspaced> candidates = patterns.insideRuns.get(c);
            if (candidates != null) {
                for (NamePatterns.Unspaced u : candidates) {
                    if ((!u.oneWord() || oneWordNames) && folded.startsWith(u.words()[0], i)) {
                        found(u.student(), start + utf8Length(folded, 0, i));
                    }
                }
            }
            i += Character.charCount(c);
        }
    }

    /** Unspaced names of several words that end at the start of this run, their first word ending a run before. */
    private void across(Ring ring, String folded) {
        List<NamePatterns.Unspaced> candidates = patterns.acrossRuns.get(folded.codePointAt(0));
        if (candidates == null) {
            return;
        }
        for (NamePatterns.Unspaced u : candidates) {
            String[] words = u.words();
            int k = words.length;
            if (ring.count < k || !folded.startsWith(words[k - 1])) {
                continue;
            }
            boolean match = ring.folded(k - 1) != null && ring.folded(k - 1).endsWith(words[0]);
            for (int j = 1; match && j < k - 1; j++) {
                match = words[j].equals(ring.folded(k - 1 - j));
            }
            if (match) {
                String firstRun = ring.folded(k - 1);
                found(u.student(), ring.start(k) + utf8Length(firstRun, 0, firstRun.length() - words[0].length()));
            }
        }
    }

    /**
     * The UTF-8 length of part of a folded run: where in the text a name inside the run starts, exactly
     * so for the scripts without spaces, which folding leaves as they are.
     */
    private static int utf8Length(String text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    private void found(int student, int offset) {
        found.at(student, offset);
    }

    /** The last words of a stream. */
    private static final class Ring {
        private final int size;
        private final long[] hashes;
        private final int[] starts;
        private final String[] folded;
        private int count;

        Ring(int maxWords) {
            int n = 1;
            while (n < maxWords) {
                n <<= 1;
            }
            size = n;
            hashes = new long[n];
            starts = new int[n];
            folded = new String[n];
        }

        void add(long hash, int start, String foldedWord) {
            int at = count & size - 1;
            hashes[at] = hash;
            starts[at] = start;
            folded[at] = foldedWord;
            count++;
        }

        /** How many of the last words it holds: the words read since the stream started, at most its size. */
        int words() {
            return Math.min(count, size);
        }

        /** The hash of the word {@code back} words from the end; hash(1) is the last word's. */
        long hash(int back) {
            return hashes[(count - back) & size - 1];
        }

        /** Whether the last words are {@code words} in some order (each used once). */
        boolean endsIn(long[] words) {
            int k = words.length;
            if (count < k) {
                return false;
            }
            int used = 0;
            for (int j = 0; j < k; j++) {
                long word = hashes[(count - k + j) & size - 1];
                int match = -1;
                for (int w = 0; w < k && match < 0; w++) {
                    if ((used & 1 << w) == 0 && words[w] == word) {
                        match = w;
                    }
                }
                if (match < 0) {
                    return false;
                }
                used |= 1 << match;
            }
            return true;
        }

        /** Where the word {@code back} words before the last one starts; start(1) is the last word's. */
        int start(int back) {
            return starts[(count - back) & size - 1];
        }

        /** The folded text of the word {@code back} words before the last, if it was not plain ASCII. */
        String folded(int back) {
            return folded[(count - 1 - back) & size - 1];
        }
    }
}
