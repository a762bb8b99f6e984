package org.casebake.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Markdown body turned into safe HTML, with its plain text by section.
 *
 * @param html     sanitized HTML, safe to insert into a page as it is
 * @param sections the plain text, section by section
 * @param links    every URL the Markdown wrote (links, images, raw HTML attributes), where it wrote it
 */
public record RenderedText(String html, List<TextSection> sections, List<SourceLink> links) {

    /**
     * Put before a path from the site root in a URL of {@link #html} (a figure, another page): the
     * same body is shown on pages at different depths, so each page puts its own way to the root
     * ("../../") in its place when it is rendered.
     */
    public static final String SITE_ROOT = "casebake-site-root:";

    /**
     * Put after {@link #SITE_ROOT} in a link to an answer, before {@code <case slug>/<anchor>}: where
     * an answer is shown is known only to the pages, which put its address in place of the whole.
     */
    public static final String ANSWER = "casebake-answer:";

    public RenderedText {
        sections = List.copyOf(sections);
        links = List.copyOf(links);
    }

    /** A text without links. */
    public RenderedText(String html, List<TextSection> sections) {
        this(html, sections, List.of());
    }

    /** The same text with the links its Markdown wrote. */
    public RenderedText withLinks(List<SourceLink> found) {
        return new RenderedText(html, sections, found);
    }

    /** The same text with other HTML. */
    public RenderedText withHtml(String newHtml) {
        return new RenderedText(newHtml, sections, links);
    }

    /** {@code texts} shown one after another, as one text. */
    public static RenderedText joined(List<RenderedText> texts) {
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return new RenderedText(texts.stream().map(RenderedText::html).collect(Collectors.joining("\n")),
                texts.stream().flatMap(t -> t.sections().stream()).toList(),
                texts.stream().flatMap(t -> t.links().stream()).toList());
    }

    /** All plain text, sections joined by a space. */
    public String plainText() {
        return sections.stream().map(TextSection::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The first words of the text, cut at a word boundary near {@code maxChars}, with an ellipsis when cut. */
    public String excerpt(int maxChars) {
        String text = plainText();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars).stripTrailing() + "…";
    }
}
