package org.casebake.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what it is given as UTF-8 into a growing byte array, with the bytes an
 * {@link java.io.OutputStreamWriter} for UTF-8 would produce (an unpaired surrogate becomes
 * {@code ?}).
 *
 * <p>Templates write pages as many short strings and a few long ones (answer bodies). The standard
 * writer widens every string to chars and encodes it again through a char buffer, which took about
 * a third of template rendering time. Here whole strings go through {@link String#getBytes}, which
 * copies ASCII text as it is and was the fastest way for short and long strings alike (also with
 * the quick compiler only, as one-shot builds run); template text, which comes as chars, is
 * encoded in place. Not thread-safe.
 */
final class Utf8Output extends Writer {

    /** Parts of strings at least this long are cut out and encoded by the runtime rather than char by char. */
    private static final int SLICE = 16;

    private byte[] bytes;
    private int size;
    private char pendingHigh;

    /** An empty output with room for {@code capacity} bytes before it grows. */
    Utf8Output(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(String text, int offset, int length) {
        int end = offset + length;
        int start = offset;
        while (pendingHigh != 0 && start < end) {
            room(4);
            encode(text.charAt(start++));
        }
        boolean whole = start == 0 && end == text.length();
        if (start < end && (whole || end - start >= SLICE) && !Character.isHighSurrogate(text.charAt(end - 1))) {
            append((whole ? text : text.substring(start, end)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        room(3 * (end - start) + 1);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(3 * length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(int c) {
        room(4);
        encode((char) c);
    }

    @Override
    public void flush() {
        // Everything is in memory already.
    }

    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Encodes one char; the caller has made room for at least four bytes, or three per char of a run. */
    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                codePoint(Character.toCodePoint(high, c));
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            codePoint(c);
        }
    }

    private void codePoint(int cp) {
        if (cp < 0x800) {
            bytes[size++] = (byte) (0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
            bytes[size++] = (byte) (0xE0 | cp >> 12);
            bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        } else {
            bytes[size++] = (byte) (0xF0 | cp >> 18);
            bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        }
        bytes[size++] = (byte) (0x80 | cp & 0x3F);
    }

    private void append(byte[] more) {
        room(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
