package org.casebake.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Markdown body turned into safe HTML, with its plain text by section.
 *
 * @param html     sanitized HTML, safe to insert into a page as it is
 * @param sections the plain text, section by section
 */
public record RenderedText(String html, List<TextSection> sections) {

    public RenderedText {
        sections = List.copyOf(sections);
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
