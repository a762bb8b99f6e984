package org.casebake.search;

import java.util.Objects;

/**
 * A block of plain text under one heading of a published page.
 *
 * @param heading the heading text ("" for the text before the first heading)
 * @param anchor  the element id of the heading on the page ("" for the top of the page)
 * @param text    the plain text of the block, without markup
 */
public record SearchSection(String heading, String anchor, String text) {

    public SearchSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
    }
}
