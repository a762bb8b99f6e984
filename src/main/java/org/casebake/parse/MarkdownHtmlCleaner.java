package org.casebake.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the HTML that course Markdown (cases, answers, comparisons, notes) renders to: removes
 * everything that could run script or restyle a page, such as script and style elements, iframes,
 * event handlers, {@code style} attributes and {@code javascript:} URLs. Imported discussion posts
 * are cleaned, by a stricter policy, in {@code authoring.ImportedPostHtmlCleaner}.
 *
 * <p>What stays is the relaxed set of text elements (paragraphs, lists, emphasis, tables, links,
 * images over http(s) or relative paths) plus ids on headings, so section links keep working.
 * Links get {@code rel="nofollow noopener"}: answers are written by students, not vouched for.
 *
 * <p>Elements whose content a browser never shows ({@code script}, {@code style}, {@code template},
 * {@code noscript}, an iframe's fallback, anything marked {@code hidden}, ...) go with all their
 * text; other elements that are not allowed are unwrapped and their text kept, as a reader would
 * see it. What cleaning leaves invalid goes too: an image without a source, the element of a link
 * without a target (its text stays); an image without alternative text gets an empty one. The plain text that excerpts and the search index hold is read from the cleaned HTML, so
 * it is exactly the text the page shows.
 */
public final class MarkdownHtmlCleaner {

    private static final String BASE = "https://casebake.invalid/";

    /** Elements removed with everything inside them: a browser shows none of their text. */
    private static final String INVISIBLE = "script, style, template, noscript, noembed, noframes, iframe, frame,"
            + " frameset, object, embed, title, head, meta, link, [hidden]";

    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addTags("del", "s", "hr")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    /** The safe part of {@code html}. */
    public String clean(String html) {
        return html(cleaned(html));
    }

    /** The safe part of {@code html} with the text it shows, split at its top-level headings. */
    public RenderedText cleanWithText(String html) {
        Document clean = cleaned(html);
        return new RenderedText(html(clean), sections(clean.body()));
    }

    private Document cleaned(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        dirty.body().select(INVISIBLE).remove();
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings(output);
        keepOnlyValid(clean.body());
        return clean;
    }

    /**
     * Leaves out what cleaning left invalid: an image without a source is dropped, a link without a
     * target (its address was unsafe) becomes its text, and an image without alternative text gets an
     * empty one, so it is skipped by screen readers rather than read out as its file name.
     */
    private static void keepOnlyValid(Element body) {
        for (Element link : body.select("a:not([href])")) {
            link.unwrap();
        }
        for (Element image : body.select("img")) {
            if (image.attr("src").isBlank()) {
                image.remove();
            } else if (!image.hasAttr("alt")) {
                image.attr("alt", "");
            }
        }
    }

    private static String html(Document clean) {
        return clean.body().html().replace(BASE, "");
    }

    /** The text of {@code body}, a section per top-level heading, as {@link MarkdownRenderer} splits Markdown. */
    private static List<TextSection> sections(Element body) {
        List<TextSection> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof Element e && HEADING.matcher(e.normalName()).matches()) {
                add(sections, heading, anchor, text);
                StringBuilder headingText = new StringBuilder();
                NodeTraversor.traverse(new ShownText(headingText), e);
                heading = MarkdownRenderer.collapse(headingText.toString());
                anchor = e.attr("id");
                text.setLength(0);
            } else {
                NodeTraversor.traverse(new ShownText(text), node);
                text.append(' ');
            }
        }
        add(sections, heading, anchor, text);
        return sections;
    }

    private static void add(List<TextSection> sections, String heading, String anchor, StringBuilder text) {
        String collapsed = MarkdownRenderer.collapse(text.toString());
        if (!collapsed.isEmpty() || !heading.isEmpty()) {
            sections.add(new TextSection(heading, anchor, collapsed));
        }
    }

    /**
     * Collects text as a reader gets it: text nodes (entities decoded), an image's alternative text,
     * and a space around each block, so words of two paragraphs never run together.
     */
    private record ShownText(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (e.normalName().equals("img")) {
                    out.append(e.attr("alt"));
                } else if (e.isBlock() || e.normalName().equals("br")) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                out.append(' ');
            }
        }
    }
}
