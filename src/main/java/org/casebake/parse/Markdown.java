package org.casebake.parse;

/**
 * How the model stage turns a Markdown body into sanitized HTML and plain text.
 * {@link MarkdownRenderer} does the work; a long-running preview puts a cache in front of it.
 * Implementations must give the same result for the same arguments.
 */
public interface Markdown {

    /** Renders {@code markdown}; {@code idPrefix} is put before heading ids so they are unique on a page. */
    RenderedText render(String markdown, String idPrefix);
}
