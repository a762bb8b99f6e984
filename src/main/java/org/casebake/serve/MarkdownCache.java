package org.casebake.serve;

import org.casebake.model.RenderedText;
import org.casebake.parse.Markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers rendered Markdown between the preview's rebuilds, so a save re-renders only the bodies
 * that changed. Rendering is a pure function of the text and the heading-id prefix (which Casebake
 * derives from the file's path), so an entry is keyed by the prefix and a SHA-256 of the text and
 * can never be stale.
 *
 * <p>Safe for the model stage's parallel rendering. {@link #forgetUnused()} after each good build
 * drops what that build did not use (deleted files, earlier versions of edited ones).
 */
final class MarkdownCache implements Markdown {

    private final Markdown renderer;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile long generation;

    /** A cache in front of {@code renderer}. */
    MarkdownCache(Markdown renderer) {
        this.renderer = renderer;
    }

    private record Key(String idPrefix, String sha256) {
    }

    private static final class Entry {
        private final RenderedText text;
        private volatile long lastUsed;

        private Entry(RenderedText text, long lastUsed) {
            this.text = text;
            this.lastUsed = lastUsed;
        }
    }

    @Override
    public RenderedText render(String markdown, String idPrefix) {
        Key key = new Key(idPrefix, sha256(markdown));
        Entry entry = entries.get(key);
        if (entry == null) {
            // Two threads may render the same new text at once; both get the same result.
            entry = new Entry(renderer.render(markdown, idPrefix), generation);
            entries.putIfAbsent(key, entry);
        }
        entry.lastUsed = generation;
        return entry.text;
    }

    /** Drops every entry not used since the last call. Called between builds, never during one. */
    void forgetUnused() {
        long current = generation;
        entries.values().removeIf(entry -> entry.lastUsed != current);
        generation = current + 1;
    }

    /** The number of remembered bodies. */
    int size() {
        return entries.size();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
