package org.casebake.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.casebake.model.RenderedText;
import org.casebake.model.TextSection;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Markdown into sanitized HTML plus plain text by section. The only class that knows
 * flexmark: replacing the Markdown library touches this file alone.
 *
 * <p>Markdown is CommonMark with GitHub tables, strikethrough and autolinks. Raw HTML in the
 * Markdown is allowed through the parser and then cleaned by {@link HtmlSanitizer}, so an answer
 * can use {@code <sup>} but never a script.
 */
public final class MarkdownRenderer implements Markdown {

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;

    /** A renderer that cleans its output with {@code sanitizer}. */
    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))
                .toImmutable()).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
    }

    /** Renders {@code markdown}; {@code idPrefix} is put before heading ids so they are unique on a page. */
    @Override
    public RenderedText render(String markdown, String idPrefix) {
        Document document = (mayHaveAutolinks(markdown) ? parser : parserWithoutAutolinks).parse(markdown);
        Scan scan = scan(document);
        if (scan.hasHeadings()) {
            new HeaderIdGenerator.Factory().create().generateIds(document);
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading) {
                    heading.setAnchorRefId(idPrefix + heading.getAnchorRefId());
                }
            }
        }
        String rendered = renderer.render(document);
        String html = scan.needsCleaning() ? sanitizer.clean(rendered) : rendered;
        return new RenderedText(html, sections(document));
    }

    /**
     * Autolinking scans every text node with regular expressions, a large share of rendering time;
     * a text without "://", "www." or "@" has nothing to autolink, so it is parsed without it.
     */
    private static boolean mayHaveAutolinks(String markdown) {
        return markdown.contains("://") || markdown.contains("www.") || markdown.contains("@");
    }

    /**
     * What one walk over the tree tells: whether there are headings (to give ids), and whether
     * flexmark's output could carry anything unsafe. Flexmark escapes all text, so output is safe by
     * construction unless the Markdown has raw HTML or a link or image; only then is the (costly)
     * sanitizer run. Most answers are plain prose and skip it.
     */
    private static Scan scan(Document document) {
        boolean headings = false;
        boolean unsafe = false;
        for (Node node : document.getDescendants()) {
            headings |= node instanceof Heading;
            unsafe |= node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof LinkNodeBase
                    || node instanceof AutoLink || node instanceof MailLink || node instanceof Reference;
        }
        return new Scan(headings, unsafe);
    }

    private record Scan(boolean hasHeadings, boolean needsCleaning) {
    }

    /** The plain text of the top-level blocks, split at each heading. */
    private static List<TextSection> sections(Document document) {
        List<TextSection> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        TextCollectingVisitor collector = new TextCollectingVisitor();
        for (Node block : document.getChildren()) {
            if (block instanceof Heading h) {
                add(sections, heading, anchor, text);
                heading = collapse(collector.collectAndGetText(h));
                anchor = h.getAnchorRefId();
                text.setLength(0);
            } else {
                text.append(collector.collectAndGetText(block)).append(' ');
            }
        }
        add(sections, heading, anchor, text);
        return sections;
    }

    private static void add(List<TextSection> sections, String heading, String anchor, StringBuilder text) {
        String collapsed = collapse(text.toString());
        if (!collapsed.isEmpty() || !heading.isEmpty()) {
            sections.add(new TextSection(heading, anchor, collapsed));
        }
    }

    /** Runs of white space as one space, none at either end. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
