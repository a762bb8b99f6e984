package org.casebake.build;

import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;
import org.casebake.source.Memo;

/**
 * Rendered Markdown, remembered between a long-running build's runs ({@code casebake serve}), so a save re-renders only the bodies
 * that changed. Rendering is a pure function of the text and the heading-id prefix (which Casebake
 * derives from the file's path), so an entry is keyed by the prefix and the text itself and can
 * never be stale. (An unchanged file's text is the very string of the last build, kept by the
 * build's own memory, so a lookup costs a hash the string already holds and a reference compare.)
 *
 * <p>Safe for the model stage's parallel rendering. {@link #forgetUnused()} after each good build
 * drops what that build did not use (deleted files, earlier versions of edited ones); a failed
 * build may not have reached the model stage, so it forgets nothing.
 */
final class RememberedMarkdown implements Markdown {

    private final Markdown renderer;
    private final Memo<Key, RenderedText> rendered;

    /** {@code renderer}, with what it rendered kept in {@code rendered} ({@link Memo#none()} keeps nothing). */
    RememberedMarkdown(Markdown renderer, Memo<Key, RenderedText> rendered) {
        this.renderer = renderer;
        this.rendered = rendered;
    }

    /** What rendering depends on: the heading-id prefix and the text. */
    record Key(String idPrefix, String markdown) {
    }

    @Override
    public RenderedText render(String markdown, String idPrefix) {
        return rendered.get(new Key(idPrefix, markdown), key -> renderer.render(key.markdown(), key.idPrefix()));
    }

    /** Drops every entry not used since the last call. Called after a good build, never during one. */
    void forgetUnused() {
        rendered.endBuild();
    }

    /** The number of remembered bodies. */
    int size() {
        return rendered.size();
    }
}
