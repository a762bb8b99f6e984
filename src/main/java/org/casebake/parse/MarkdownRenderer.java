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
import com.vladsch.flexmark.util.misc.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Markdown into sanitized HTML plus plain text by section. The only class that knows
 * flexmark: replacing the Markdown library touches this file alone.
 *
 * <p>Markdown is CommonMark with GitHub tables, strikethrough and autolinks. Raw HTML in the
 * Markdown is allowed through the parser and then cleaned by {@link MarkdownHtmlCleaner}, so an answer
 * can use {@code <sup>} but never a script.
 */
public final class MarkdownRenderer implements Markdown {

    /** A parser per set of extensions a text may need, indexed by {@link Features#index()}. */
    private final Parser[] parsers = new Parser[8];
    private final HtmlRenderer renderer;
    private final MarkdownHtmlCleaner sanitizer;

    /** A renderer that cleans its output with {@code sanitizer}. */
    public MarkdownRenderer(MarkdownHtmlCleaner sanitizer) {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .toImmutable();
        for (int i = 0; i < parsers.length; i++) {
            List<Extension> extensions = new ArrayList<>();
            if ((i & Features.TABLES) != 0) {
                extensions.add(TablesExtension.create());
            }
            if ((i & Features.STRIKETHROUGH) != 0) {
                extensions.add(StrikethroughExtension.create());
            }
            if ((i & Features.AUTOLINKS) != 0) {
                extensions.add(AutolinkExtension.create());
            }
            parsers[i] = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions).toImmutable()).build();
        }
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
    }

    /** Renders {@code markdown}; {@code idPrefix} is put before heading ids so they are unique on a page. */
    @Override
    public RenderedText render(String markdown, String idPrefix) {
        Document document = parsers[Features.of(markdown).index()].parse(markdown);
        Scan scan = scan(document);
        if (scan.hasHeadings()) {
            identifyHeadings(document, idPrefix);
        }
        Optional<String> plain = PlainMarkdownHtml.write(document);
        if (plain.isPresent()) {
            // Nothing the plain writer writes needs cleaning: it leaves links and raw HTML to flexmark.
            return new RenderedText(plain.get(), sections(document));
        }
        String rendered = renderer.render(document);
        if (scan.hasRawHtml()) {
            // Raw HTML can hide text (a script, a style, a template): the text is read from what survives.
            return sanitizer.cleanWithText(rendered).withLinks(new LinkFinder(markdown, document).links());
        }
        if (!scan.needsCleaning()) {
            return new RenderedText(rendered, sections(document));
        }
        return new RenderedText(sanitizer.clean(rendered), sections(document), new LinkFinder(markdown, document).links());
    }

    /** Gives each heading its id, {@code idPrefix} before the one flexmark's generator makes. */
    private static void identifyHeadings(Document document, String idPrefix) {
        new HeaderIdGenerator.Factory().create().generateIds(document);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                heading.setAnchorRefId(idPrefix + heading.getAnchorRefId());
            }
        }
    }

    /**
     * For tests: what {@link PlainMarkdownHtml} and flexmark's own renderer write for {@code markdown},
     * the first empty where it leaves the text to flexmark.
     */
    Comparison compareWriters(String markdown, String idPrefix) {
        Document document = parsers[Features.of(markdown).index()].parse(markdown);
        identifyHeadings(document, idPrefix);
        Optional<String> plain = PlainMarkdownHtml.write(document);
        return new Comparison(plain, renderer.render(document));
    }

    /** The two writers' HTML for one text. */
    record Comparison(Optional<String> plain, String flexmark) {
    }

    /**
     * The extensions a text may need, found in one pass over it. Each extension costs time on every
     * paragraph (autolinking runs regular expressions over all text, tables compile one per
     * paragraph), yet a table needs a "|", strikethrough a "~", and an autolink "://", "www." or
     * "@"; a text without them is parsed without the extension, with the same result.
     */
    record Features(int index) {
        static final int TABLES = 1;
        static final int STRIKETHROUGH = 2;
        static final int AUTOLINKS = 4;

        static Features of(String markdown) {
            // Several indexOf passes beat one loop over the characters: each is a vectorised intrinsic.
            int found = markdown.indexOf('|') >= 0 ? TABLES : 0;
            if (markdown.indexOf('~') >= 0) {
                found |= STRIKETHROUGH;
            }
            if (markdown.indexOf('@') >= 0 || markdown.contains("://") || markdown.contains("www.")) {
                found |= AUTOLINKS;
            }
            return new Features(found);
        }
    }

    /**
     * What one walk over the tree tells: whether there are headings (to give ids), and whether
     * flexmark's output could carry anything unsafe. Flexmark escapes all text, so output is safe by
     * construction unless the Markdown has raw HTML or a link or image; only then is the (costly)
     * sanitizer run. Most answers are plain prose and skip it.
     */
    private static Scan scan(Document document) {
        boolean headings = false;
        boolean rawHtml = false;
        boolean unsafe = false;
        for (Node node : document.getDescendants()) {
            headings |= node instanceof Heading;
            rawHtml |= node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
            unsafe |= node instanceof LinkNodeBase || node instanceof AutoLink || node instanceof MailLink
                    || node instanceof Reference;
        }
        return new Scan(headings, rawHtml, unsafe || rawHtml);
    }

    private record Scan(boolean hasHeadings, boolean hasRawHtml, boolean needsCleaning) {
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
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n && isWhitespace(text.charAt(i))) {
            i++;
        }
        // Copies runs of words with single spaces between them whole; only longer or other white space is rewritten.
        int runStart = i;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i;
            while (i < n && isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == end + 1 && c == ' ' && i < n) {
                continue;
            }
            out.append(text, runStart, end);
            if (i < n) {
                out.append(' ');
            }
            runStart = i;
        }
        out.append(text, runStart, n);
        return out.toString();
    }

    private static boolean isWhitespace(char c) {
        return c < 128 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c);
    }
}
