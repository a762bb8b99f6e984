package org.casebake.publish;

import org.casebake.parse.CharacterReferences;
import org.casebake.parse.NameFolding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words a reader gets from UTF-8 text, read from the bytes in one pass: what a browser shows, so
 * a name cannot hide from {@link PrivacyGuard} in another spelling of the same text.
 *
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks; default-ignorable code points (soft
 *       hyphen, zero-width space, joiners, ...) inside it are skipped, as they are invisible.</li>
 *   <li>HTML character references ({@code &ouml;}, {@code &#xAD;}) and URL escapes ({@code %C3%B6})
 *       are decoded.</li>
 *   <li>In markup (HTML, XML, SVG), tags are not text: an inline tag ({@code <b>}, {@code <span>}...)
 *       or a comment inside a word leaves it whole ({@code Ste<i>ven</i>son}); other tags end it.
 *       Each attribute value and each comment is read as text of its own. Words on either side of
 *       a sectioning or landmark tag ({@code <section>}, {@code <footer>}, {@code <main>}...) are not
 *       next to each other; on either side of any other tag ({@code <p>}, {@code <td>}...) they are.</li>
 *   <li>Between a letter of a script written without spaces (Chinese, Japanese, Korean, Thai...) and
 *       one of another script, a word ends.</li>
 * </ul>
 *
 * <p>Plain ASCII words, nearly all words of an English site, are folded and hashed as they are read,
 * without making a string; only words with other characters (or broken by a tag, a reference or an
 * invisible character) are collected whole and folded with {@link NameFolding}. Each finished word
 * goes to a {@link Sink}.
 */
final class ReaderWords {

    /** FNV-1a, over the UTF-16 units of a folded word. */
    static final long HASH_START = 0xcbf29ce484222325L;
    private static final long HASH_PRIME = 0x100000001b3L;

    private static final boolean[] ASCII_WORD = new boolean[128];
    /** Inline elements, packed as in {@link #packedName}: they do not end a word. */
    private static final long[] INLINE = packed("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var", "wbr");
    /**
     * Sectioning and landmark elements, packed as in {@link #packedName}: the text on either side is
     * not read as one phrase (a label that ends a page's last section and the footer's first words
     * are not a name), while paragraphs, list items and table cells still are.
     */
    private static final long[] LANDMARKS = packed("article", "aside", "body", "footer", "head", "header", "html", "main",
            "nav", "section");

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Receives each word: its hash, where it starts, whether it starts with a lower-case letter, and its folded text if it is not plain ASCII. */
    interface Sink {
        /**
         * @param stream    0 for the text, 1 for an attribute value or comment: words of one stream follow each other
         * @param hash      {@link #hash} of the folded word
         * @param start     the byte offset where the word starts
         * @param lowerCase whether its first letter is a lower-case letter
         * @param folded    the whole folded word, unless it is one run of ASCII letters and digits in the text: then null
         * @param unspaced  whether it is a run of a script written without spaces
         * @param end       when {@code folded} is null, the byte offset after the word (it is then the bytes from {@code start})
         */
        void word(int stream, long hash, int start, boolean lowerCase, String folded, boolean unspaced, int end);

        /** A stream starts over: words before this are not next to words after it. */
        void restart(int stream);
    }

    private final Sink sink;
    private final Word[] words = {new Word(0), new Word(1)};
    /** The text being read. */
    private byte[] text;

    ReaderWords(Sink sink) {
        this.sink = sink;
    }

    /** Reads {@code text}; {@code markup} for HTML, XML and SVG, whose tags are not text. */
    void read(byte[] text, boolean markup) {
        this.text = text;
        sink.restart(0);
        read(text, 0, text.length, markup, words[0]);
        words[0].end();
    }

    /** The hash of a folded word, continued from {@code hash}. */
    static long hash(long hash, CharSequence folded) {
        long h = hash;
        for (int i = 0; i < folded.length(); i++) {
            h = (h ^ folded.charAt(i)) * HASH_PRIME;
        }
        return h;
    }

    private void read(byte[] b, int from, int to, boolean markup, Word word) {
        int i = from;
        while (i < to) {
            int x = b[i];
            if (x >= 0) {
                if (ASCII_WORD[x]) {
                    i = word.asciiRun(b, i, to);
                } else if (x == '&') {
                    i = reference(b, i, to, word);
                } else if (x == '%') {
                    i = escape(b, i, to, word);
                } else if (x == '<' && markup) {
                    i = tag(b, i, to, word);
                } else {
                    word.end();
                    i++;
                }
                continue;
            }
            int length = sequenceLength(b, i, to);
            if (length == 0) {
                word.end();
                i++;
                continue;
            }
            word.codePoint(decode(b, i, length), i);
            i += length;
        }
    }

    /**
     * After a character reference: its characters go into the word; anything else that starts with '&' ends it.
     * A named reference is at most 40 characters; a numeric one may have any number of leading zeros,
     * which browsers and XML readers skip ({@code &#000…000235;} is "ë"), so it is read to its end.
     */
    private int reference(byte[] b, int i, int to, Word word) {
        int end = i + 1;
        boolean numeric = end < to && b[end] == '#';
        while (end < to && (numeric || end - i <= 40) && b[end] >= 0 && (ASCII_WORD[b[end]] || b[end] == '#')) {
            end++;
        }
        if (end < to && b[end] == ';') {
            end++;
        }
        if (end > i + 1) {
            if (isSeparatorReference(b, i, end)) {
                word.end();
                return end;
            }
            String reference = new String(b, i, end - i, StandardCharsets.US_ASCII);
            String decoded = CharacterReferences.decode(reference);
            if (!decoded.equals(reference)) {
                word.string(decoded, i);
                return end;
            }
        }
        word.end();
        return i + 1;
    }

    /** The references Casebake's own escaping writes, none of which is part of a word: decoded without a look-up. */
    private static boolean isSeparatorReference(byte[] b, int i, int end) {
        int length = end - i;
        return length == 5 && startsWith(b, i, end, "&amp;") || length == 4 && (startsWith(b, i, end, "&lt;")
                || startsWith(b, i, end, "&gt;")) || length == 6 && (startsWith(b, i, end, "&quot;")
                || startsWith(b, i, end, "&nbsp;")) || length == 5 && startsWith(b, i, end, "&#39;");
    }

    /** After a run of URL escapes ({@code %C3%B6}): decoded as UTF-8 into the word. */
    private int escape(byte[] b, int i, int to, Word word) {
        int end = i;
        byte[] bytes = new byte[16];
        int n = 0;
        while (end + 2 < to && b[end] == '%' && hex(b[end + 1]) >= 0 && hex(b[end + 2]) >= 0) {
            if (n == bytes.length) {
                bytes = Arrays.copyOf(bytes, n * 2);
            }
            bytes[n++] = (byte) (hex(b[end + 1]) << 4 | hex(b[end + 2]));
            end += 3;
        }
        if (n == 0) {
            word.end();
            return i + 1;
        }
        word.string(new String(bytes, 0, n, StandardCharsets.UTF_8), i);
        return end;
    }

    private static int hex(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /**
     * After a tag, a comment or a declaration. Attribute values and comments are read as words of
     * their own; an inline tag or a comment leaves the current word open. A '<' that starts no tag
     * ends the word.
     */
    private int tag(byte[] b, int i, int to, Word word) {
        if (startsWith(b, i, to, "<!--")) {
            int close = indexOf(b, i + 4, to, "-->");
            int end = close < 0 ? to : close;
            readApart(b, i + 4, end);
            return close < 0 ? to : close + 3;
        }
        int j = i + 1;
        if (j < to && (b[j] == '/' || b[j] == '!' || b[j] == '?')) {
            j++;
        }
        if (j >= to || b[j] < 0 || !Character.isLetter(b[j])) {
            word.end();
            return i + 1;
        }
        int nameStart = j;
        while (j < to && b[j] >= 0 && (ASCII_WORD[b[j]] || b[j] == '-' || b[j] == ':')) {
            j++;
        }
        long name = packedName(b, nameStart, j);
        while (j < to && b[j] != '>') {
            if (b[j] == '=') {
                j++;
                while (j < to && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r')) {
                    j++;
                }
                int valueEnd;
                if (j < to && (b[j] == '"' || b[j] == '\'')) {
                    int quote = b[j];
                    valueEnd = j + 1;
                    while (valueEnd < to && b[valueEnd] != quote) {
                        valueEnd++;
                    }
                    readApart(b, j + 1, valueEnd);
                    j = Math.min(to, valueEnd + 1);
                } else {
                    valueEnd = j;
                    while (valueEnd < to && b[valueEnd] != '>' && b[valueEnd] > ' ') {
                        valueEnd++;
                    }
                    readApart(b, j, valueEnd);
                    j = valueEnd;
                }
            } else {
                j++;
            }
        }
        if (Arrays.binarySearch(INLINE, name) < 0) {
            word.end();
        }
        if (Arrays.binarySearch(LANDMARKS, name) >= 0) {
            sink.restart(0);
        }
        return Math.min(to, j + 1);
    }

    /** Reads an attribute value or a comment as words of their own, apart from the text around. */
    private void readApart(byte[] b, int from, int to) {
        Word apart = words[1];
        sink.restart(1);
        read(b, from, to, false, apart);
        apart.end();
    }

    private static boolean startsWith(byte[] b, int i, int to, String prefix) {
        if (i + prefix.length() > to) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (b[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, String what) {
        for (int i = from; i + what.length() <= to; i++) {
            if (startsWith(b, i, to, what)) {
                return i;
            }
        }
        return -1;
    }

    /** Up to eight bytes of a tag name, lower-cased, in a long; longer names are never inline. */
    private static long packedName(byte[] b, int from, int to) {
        if (to - from > 8) {
            return -1;
        }
        long packed = 0;
        for (int k = from; k < to; k++) {
            int c = b[k];
            packed = packed << 8 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return packed;
    }

    private static long[] packed(String... names) {
        long[] out = new long[names.length];
        for (int k = 0; k < names.length; k++) {
            byte[] bytes = names[k].getBytes(StandardCharsets.US_ASCII);
            out[k] = packedName(bytes, 0, bytes.length);
        }
        Arrays.sort(out);
        return out;
    }

    /** The length of the whole UTF-8 sequence at {@code i}, or 0 if there is none. */
    private static int sequenceLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        int length = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        if (length == 0 || i + length > to) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private static int decode(byte[] b, int i, int length) {
        return switch (length) {
            case 2 -> (b[i] & 0x1F) << 6 | b[i + 1] & 0x3F;
            case 3 -> (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
            default -> (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
        };
    }

    /** The word being read in one stream. */
    private final class Word {
        private final int stream;
        private boolean open;
        private int start;
        private long hash;
        private boolean lowerCase;
        private boolean unspaced;
        /** While {@link #slow} is null: where the word's run of bytes ends. */
        private int last;
        /**
         * The whole word read so far, once it is more than one run of plain ASCII bytes; null while it
         * is the bytes from {@link #start} to {@link #last}, whose fold {@link #hash} already holds.
         */
        private StringBuilder slow;
        private final StringBuilder slowBuffer = new StringBuilder();

        Word(int stream) {
            this.stream = stream;
        }

        /** Reads the run of ASCII letters and digits at {@code i}; returns where it ends. Most text is read here. */
        int asciiRun(byte[] b, int i, int to) {
            if (open && unspaced) {
                end();
            }
            if (!open) {
                begin(i, b[i] >= 'a' && b[i] <= 'z', false);
            } else if (slow == null && i != last) {
                collectWhole();
            }
            int j = i;
            if (slow != null) {
                while (j < to && b[j] >= 0 && ASCII_WORD[b[j]]) {
                    slow.append((char) b[j++]);
                }
            } else {
                long h = hash;
                while (j < to) {
                    int c = b[j];
                    if (c < 0 || !ASCII_WORD[c]) {
                        break;
                    }
                    h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * HASH_PRIME;
                    j++;
                }
                hash = h;
                last = j;
            }
            return j;
        }

        void ascii(int c, int at) {
            if (open && unspaced) {
                end();
            }
            if (!open) {
                begin(at, c >= 'a' && c <= 'z', false);
            }
            collectWhole();
            slow.append((char) c);
        }

        void codePoint(int c, int at) {
            if (NameFolding.isIgnorable(c)) {
                return;
            }
            if (c < 0x80) {
                if (ASCII_WORD[c]) {
                    ascii(c, at);
                } else {
                    end();
                }
                return;
            }
            if (!NameFolding.isWordPart(c)) {
                end();
                return;
            }
            boolean mark = NameFolding.isMark(c);
            boolean uns = !mark && NameFolding.isUnspaced(c);
            if (open && !mark && uns != unspaced) {
                end();
            }
            if (!open) {
                begin(at, Character.isLowerCase(c), uns);
            }
            collectWhole();
            slow.appendCodePoint(c);
        }

        void string(String decoded, int at) {
            for (int k = 0; k < decoded.length(); ) {
                int c = decoded.codePointAt(k);
                k += Character.charCount(c);
                codePoint(c, at);
            }
        }

        private void begin(int at, boolean lower, boolean uns) {
            open = true;
            start = at;
            last = at;
            hash = HASH_START;
            lowerCase = lower;
            unspaced = uns;
            slow = null;
        }

        /**
         * From here on, collects the word's characters, starting with the ASCII bytes read so far: the
         * word is no longer one run of them, and a name's word must fold whole ("Zoë", not "ë").
         */
        private void collectWhole() {
            if (slow != null) {
                return;
            }
            slow = slowBuffer;
            slow.setLength(0);
            for (int k = start; k < last; k++) {
                slow.append((char) text[k]);
            }
        }

        void end() {
            if (!open) {
                return;
            }
            open = false;
            String folded = null;
            long h = hash;
            if (slow != null) {
                folded = NameFolding.fold(slow);
                if (folded.isEmpty()) {
                    return;
                }
                h = ReaderWords.hash(HASH_START, folded);
            }
            sink.word(stream, h, start, lowerCase, folded, unspaced, last);
        }
    }
}
