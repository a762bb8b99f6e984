package org.casebake.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * Packs the data files of a sharded index (every file but the manifest {@code index.js}): each file's
 * JSON, deflated in the zlib format at a fixed level and written as base64, which
 * {@code assets/js/search-engine.js} inflates with {@code DecompressionStream('deflate')}. The packed
 * text is a plain script string, so the file still loads by script tag from file://, and its alphabet
 * (letters, digits, '+', '/', '=') cannot end a script. The same JSON always gives the same text.
 *
 * <p>A remembering packer keeps the packed text of its latest build's files, keyed by the SHA-256 of
 * their JSON, so a rebuild deflates only the files whose data changed.
 */
final class IndexPacker {

    /** zlib's usual level, named so that the bytes never depend on a library's default. */
    static final int LEVEL = 6;

    /** The packed texts of one build, in the order of its files, and what a remembering packer keeps of them. */
    record Packed(List<String> texts, Map<String, String> byDigest) {
    }

    private final boolean remembering;
    private Map<String, String> kept = Map.of();

    private IndexPacker(boolean remembering) {
        this.remembering = remembering;
    }

    static IndexPacker forgetting() {
        return new IndexPacker(false);
    }

    static IndexPacker remembering() {
        return new IndexPacker(true);
    }

    /**
     * Packs each file's index data (written as JSON by {@link ScriptText#json}), in parallel (each is
     * independent), reusing what this packer keeps.
     */
    Packed pack(List<?> files) {
        String[] texts = new String[files.size()];
        Map<String, String> byDigest = new ConcurrentHashMap<>();
        IntStream.range(0, files.size()).parallel().forEach(g -> {
            StringBuilder json = new StringBuilder(16_384);
            ScriptText.json(files.get(g), json);
            if (!remembering) {
                texts[g] = pack(json.toString());
                return;
            }
            String digest = digest(json.toString());
            String known = kept.get(digest);
            texts[g] = known != null ? known : pack(json.toString());
            byDigest.put(digest, texts[g]);
        });
        return new Packed(List.of(texts), byDigest);
    }

    /** Keeps the packed files of a finished build and drops all else; a failed build leaves it as it was. */
    void keep(Packed packed) {
        if (remembering) {
            kept = Map.copyOf(packed.byDigest());
        }
    }

    /** One file's JSON, deflated (zlib format, level {@value #LEVEL}) and written as base64. */
    static String pack(String json) {
        byte[] input = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(input);
            deflater.finish();
            byte[] buffer = new byte[Math.max(64, input.length / 2)];
            int length = 0;
            while (!deflater.finished()) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                length += deflater.deflate(buffer, length, buffer.length - length);
            }
            return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer, length));
        } finally {
            deflater.end();
        }
    }

    private static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
