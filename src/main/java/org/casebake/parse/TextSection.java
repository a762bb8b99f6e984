package org.casebake.parse;

/**
 * The plain text under one heading of a rendered Markdown body, for search and excerpts.
 *
 * @param heading the heading's text, "" for the text before the first heading
 * @param anchor  the heading's element id on the page, "" for the top
 * @param text    the plain text, whitespace collapsed
 */
public record TextSection(String heading, String anchor, String text) {
}
