package org.casebake.build;

import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered Markdown read from a {@link BuildCache} at the start of a build: a body whose digest
 * (of its heading-id prefix and text) is in the cache is not rendered again. Rendering is a pure
 * function of those two and of Casebake's code, which the cache file's header pins, so an entry
 * can never be stale. Every body the build asks for is noted, found or rendered, so the cache
 * written afterwards holds exactly what this build used.
 *
 * <p>Safe for the model stage's parallel rendering.
 */
final class CachedMarkdown implements Markdown {

    private final Markdown renderer;
    private final Map<Digest, RenderedText> stored;
    private final Map<Digest, RenderedText> used = new ConcurrentHashMap<>();
    private final boolean keeping;

    private CachedMarkdown(Markdown renderer, Map<Digest, RenderedText> stored, boolean keeping) {
        this.renderer = renderer;
        this.stored = stored;
        this.keeping = keeping;
    }

    /** {@code renderer} with the bodies of {@code stored} already rendered. */
    static CachedMarkdown over(Markdown renderer, Map<Digest, RenderedText> stored) {
        return new CachedMarkdown(renderer, stored, true);
    }

    /** {@code renderer} alone, for a build without a cache: nothing is looked up or noted. */
    static CachedMarkdown without(Markdown renderer) {
        return new CachedMarkdown(renderer, Map.of(), false);
    }

    /** What identifies a body: SHA-256 of its heading-id prefix, a zero byte and its text, as UTF-8. */
    record Digest(long a, long b, long c, long d) {

        static Digest of(String markdown, String idPrefix) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(idPrefix.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                return read(ByteBuffer.wrap(sha.digest(markdown.getBytes(StandardCharsets.UTF_8))));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        static Digest read(ByteBuffer bytes) {
            return new Digest(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
        }
    }

    @Override
    public RenderedText render(String markdown, String idPrefix) {
        if (!keeping) {
            return renderer.render(markdown, idPrefix);
        }
        Digest digest = Digest.of(markdown, idPrefix);
        RenderedText text = stored.get(digest);
        if (text == null) {
            text = renderer.render(markdown, idPrefix);
        }
        used.put(digest, text);
        return text;
    }

    /** Whether this build read or wrote through a cache at all. */
    boolean keeping() {
        return keeping;
    }

    /** True when the bodies this build used are exactly the ones the cache held: nothing to write. */
    boolean unchanged() {
        return used.size() == stored.size() && stored.keySet().containsAll(used.keySet());
    }

    /** Every body this build used, by digest. */
    Map<Digest, RenderedText> used() {
        return used;
    }
}
