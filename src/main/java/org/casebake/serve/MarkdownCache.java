package org.casebake.serve;

import org.casebake.model.RenderedText;
import org.casebake.parse.Markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers rendered Markdown between the preview's rebuilds, so a save re-renders only the bodies
 * that changed. Rendering is a pure function of the text and the heading-id prefix (which Casebake
 * derives from the file's path), so an entry is keyed by the prefix and the text itself and can
 * never be stale. (An unchanged file's text is the very string of the last build, kept by the
 * build's own memory, so a lookup costs a hash the string already holds and a reference compare.)
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

    private record Key(String idPrefix, String markdown) {
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
        Key key = new Key(idPrefix, markdown);
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
}
