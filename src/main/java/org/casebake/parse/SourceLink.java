package org.casebake.parse;

import java.util.Objects;

/**
 * A URL as a Markdown body wrote it, in a link, an image or a raw HTML attribute, and where.
 *
 * @param url    the URL with escapes and character references resolved, as the HTML carries it
 * @param line   the line within the body, from 1
 * @param column the column, from 1
 */
public record SourceLink(String url, int line, int column) {

    public SourceLink {
        Objects.requireNonNull(url, "url");
    }
}
