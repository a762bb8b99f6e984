package org.casebake.authoring;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.LinkConversion;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Converts between a post's HTML and Markdown with flexmark: sanitized HTML to the Markdown of an
 * answer file, and a post written in Markdown to HTML so that it can be sanitized like any other.
 * flexmark stays inside this class.
 */
public final class MarkdownConverter {

    private final FlexmarkHtmlConverter toMarkdown;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /** A converter writing ATX headings and plain text for anything Markdown has no syntax for. */
    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_IMAGE, LinkConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.TEXT);
        // keep the writer's own ’ “ ” — … rather than ASCII stand-ins (--- would even print as three hyphens)
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        toMarkdown = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Markdown for HTML that has already been sanitized. */
    public String fromHtml(String safeHtml) {
        return toMarkdown.convert(safeHtml);
    }

    /** HTML for Markdown text, to be sanitized before use. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
