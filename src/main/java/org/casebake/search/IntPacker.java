package org.casebake.search;

/**
 * Writes non-negative integers as short runs of URL-safe characters, the number format of the search
 * index: base-32 digits, most significant first, every digit but the last taken from the upper half of
 * the 64-character alphabet. Numbers below 32 take one character, below 1024 two. {@code search-engine.js}
 * reads them back with its Reader.
 */
final class IntPacker {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final StringBuilder text;

    /** An empty packer. */
    IntPacker() {
        this(16);
    }

    /**
     * An empty packer with room for {@code characters} characters, for a caller that knows about how
     * many it writes: a term's postings of a large course grow to thousands, and growing a packer
     * step by step copied them over and over (about 6 % of a warm rebuild of 10,000 answers).
     */
    IntPacker(int characters) {
        this.text = new StringBuilder(characters);
    }

    /** Appends one number. */
    IntPacker add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative number in the search index: " + value);
        }
        int shift = 0;
        while ((value >>> (shift + 5)) != 0) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            text.append(ALPHABET.charAt(32 + ((value >>> shift) & 31)));
        }
        text.append(ALPHABET.charAt(value & 31));
        return this;
    }

    /** Appends one digit from 0 to 63 as a single character (the weights of postings). */
    IntPacker digit(int value) {
        if (value < 0 || value > 63) {
            throw new IllegalArgumentException("digit out of range: " + value);
        }
        text.append(ALPHABET.charAt(value));
        return this;
    }

    /** Appends the packed text to out; it needs no escaping in JSON or HTML. */
    void appendTo(StringBuilder out) {
        out.append(text);
    }

    /** Whether {@code other} holds the same packed text. */
    boolean sameText(IntPacker other) {
        // A remembering index builder hands a term's unchanged packers on to the next build.
        return other == this || text.compareTo(other.text) == 0;
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
