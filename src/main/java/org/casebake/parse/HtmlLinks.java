package org.casebake.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The URLs of HTML: found in raw HTML with their offsets, and rewritten in sanitized HTML one by
 * one, as a caller decides. Works with jsoup, as {@link MarkdownHtmlCleaner} does.
 */
public final class HtmlLinks {

    /** The attributes holding a URL that sanitized HTML may keep, in the order a rewrite asks about an element's. */
    private static final List<String> URL_ORDER = List.of("href", "src", "cite");

    /** The same attributes, to look a name up. */
    private static final Set<String> URL_ATTRIBUTES = Set.copyOf(URL_ORDER);

    private HtmlLinks() {
    }

    /** A URL found in raw HTML: the attribute's value with character references resolved, and where the attribute starts. */
    record Found(String url, int offset) {
    }

    /** The URL attributes of a piece of raw HTML, in the order they are written. */
    static List<Found> urlsIn(String html) {
        if (!html.contains("=")) {
            return List.of();
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        List<Found> found = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    Range range = attribute.sourceRange().nameRange();
                    found.add(new Found(attribute.getValue(), range.isTracked() ? range.startPos() : 0));
                }
            }
        }
        return found;
    }

    /** What an element is, for the URL it carries. */
    public enum Kind {
        /** {@code <a href>} */
        LINK,
        /** {@code <img src>} */
        IMAGE,
        /** {@code <blockquote cite>}, {@code <q cite>} and any other URL */
        OTHER
    }

    /**
     * A URL of sanitized HTML: which kind of element carries it, its value, and an image's
     * alternative text (empty for an image without one, and for other elements).
     */
    public record Use(Kind kind, String url, String altText) {
    }

    /** What becomes of a URL. */
    public sealed interface Change {
        /** Left as it is. */
        record Keep() implements Change {
        }

        /** Replaced by another URL. */
        record PointTo(String url) implements Change {
        }

        /** The element left out, with its content (an image not to be loaded). */
        record Remove() implements Change {
        }
    }

    /**
     * A rewrite of sanitized HTML, and what it asked: the URLs of each element carrying any, in
     * document order, and the change decided for each URL asked about. An element's URLs after one
     * whose element was removed are not asked about.
     */
    public record Rewritten(String html, List<List<Use>> elements, List<Change> changes) {
    }

    /**
     * {@code html} with every URL changed as {@code decide} says (its {@link Rewritten#html()}: the very
     * same string when nothing changed), and what was asked and decided. {@code html} must be sanitized
     * HTML, so re-serialising it is safe.
     */
    public static Rewritten rewritten(String html, Function<Use, Change> decide) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<Element> elements = doc.body().select("[href], [src], [cite]");
        List<List<Use>> uses = new ArrayList<>(elements.size());
        for (Element element : elements) {
            List<Use> own = new ArrayList<>(1);
            for (String attribute : URL_ORDER) {
                if (element.hasAttr(attribute)) {
                    own.add(new Use(kindOf(element, attribute), element.attr(attribute),
                            element.nameIs("img") ? element.attr("alt") : ""));
                }
            }
            uses.add(List.copyOf(own));
        }
        List<Change> changes = asked(uses, decide);
        return new Rewritten(applied(html, doc, elements, changes), List.copyOf(uses), changes);
    }

    /**
     * The changes {@code decide} gives for {@code elements}' URLs (as {@link Rewritten#elements()}
     * lists them), asked in the order a rewrite asks.
     */
    public static List<Change> asked(List<List<Use>> elements, Function<Use, Change> decide) {
        List<Change> changes = new ArrayList<>();
        for (List<Use> element : elements) {
            for (Use use : element) {
                Change change = decide.apply(use);
                changes.add(change);
                if (change instanceof Change.Remove) {
                    break;
                }
            }
        }
        return List.copyOf(changes);
    }

    /** {@code html} rewritten with {@code changes}, decided for its URLs in the order a rewrite asks. */
    public static String rewrite(String html, List<Change> changes) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return applied(html, doc, doc.body().select("[href], [src], [cite]"), changes);
    }

    private static String applied(String html, Document doc, List<Element> elements, List<Change> changes) {
        Iterator<Change> next = changes.iterator();
        boolean changed = false;
        for (Element element : elements) {
            for (String attribute : URL_ORDER) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                Change change = next.next();
                if (change instanceof Change.PointTo to) {
                    element.attr(attribute, to.url());
                    changed = true;
                } else if (change instanceof Change.Remove) {
                    element.remove();
                    changed = true;
                    break;
                }
            }
        }
        return changed ? doc.body().html() : html;
    }

    private static Kind kindOf(Element element, String attribute) {
        if (attribute.equals("href") && element.nameIs("a")) {
            return Kind.LINK;
        }
        return attribute.equals("src") && element.nameIs("img") ? Kind.IMAGE : Kind.OTHER;
    }
}
