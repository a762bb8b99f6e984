package org.casebake.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Pages are encoded by {@link Utf8Output}; it must give exactly the bytes of the standard UTF-8
 * writer, however the text is cut into writes, including surrogate pairs split between writes and
 * unpaired surrogates.
 */
class Utf8OutputTest {

    private static final String ALPHABET = "ab <>&\"'\n\u00e9\u00b7\u2026\u25c0\ud83d\ude00\ud83d\ude00\ud800\udc00xyz";

    @Test
    void givesTheBytesOfTheStandardWriterForRandomTextAndWrites() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<Object> writes = randomWrites(random);
            assertArrayEquals(standard(writes), mine(writes), "writes " + writes);
        }
    }

    @Test
    void joinsASurrogatePairSplitBetweenWrites() throws IOException {
        List<Object> writes = List.of("long text before the emoji, long enough \ud83d", "\ude00 and after", "\ud83d".toCharArray(),
                "\ude01".toCharArray());
        assertArrayEquals(standard(writes), mine(writes));
    }

    @Test
    void replacesUnpairedSurrogatesAsTheStandardWriterDoes() throws IOException {
        List<Object> writes = List.of("\udc00 low first", "high at the end \ud83d", "x", "\ud83d");
        assertArrayEquals(standard(writes), mine(writes));
    }

    private static List<Object> randomWrites(Random random) {
        List<Object> writes = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(random.nextBoolean() ? 8 : 120);
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(random.nextInt(random.nextInt(4) == 0 ? ALPHABET.length() : 12)));
            }
            writes.add(random.nextInt(3) == 0 ? text.toString().toCharArray() : text.toString());
        }
        return writes;
    }

    private static byte[] standard(List<Object> writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writeAll(writes, out);
        }
        return bytes.toByteArray();
    }

    private static byte[] mine(List<Object> writes) throws IOException {
        Utf8Output out = new Utf8Output(4);
        writeAll(writes, out);
        out.close();
        return out.toByteArray();
    }

    /** Strings are written whole and as a slice without their first char, arrays in one call. */
    private static void writeAll(List<Object> writes, Writer out) throws IOException {
        for (Object w : writes) {
            if (w instanceof String s) {
                out.write(s);
                out.write(s, Math.min(1, s.length()), Math.max(0, s.length() - 1));
            } else {
                char[] chars = (char[]) w;
                out.write(chars, 0, chars.length);
                out.write(chars.length > 0 ? chars[0] : 'z');
            }
        }
    }
}
