package org.casebake.authoring;

/**
 * Turns the text of a board post, whatever its format, into the Markdown body of an answer file.
 * Everything passes through the sanitizer as HTML, so no format is a way around it.
 */
public final class BodyConverter {

    private final ImportedPostHtmlCleaner sanitizer = new ImportedPostHtmlCleaner();
    private final MarkdownConverter markdown = new MarkdownConverter();

    /** The post's text as safe Markdown, stripped of surrounding blank lines. */
    public String toMarkdown(String text, BoardPost.TextFormat format) {
        String html = switch (format) {
            case HTML -> text;
            case PLAIN -> sanitizer.fromPlainText(text);
            case MARKDOWN -> markdown.toHtml(text);
            case AUTO -> sanitizer.hasElements(text) ? text : sanitizer.fromPlainText(text);
        };
        return markdown.fromHtml(sanitizer.clean(html)).strip();
    }
}
