package org.casebake.authoring;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of an imported post (from a discussion board or blog export) before it is
 * converted: only text structure survives (paragraphs, emphasis, lists, quotes, code, headings,
 * tables, http/https/mailto links). Scripts, styles, frames, images, forms, event handlers and
 * {@code javascript:} URLs are removed, and a link left without an address becomes its text. The authoring side's
 * only class that knows jsoup; the build cleans rendered Markdown with {@code parse.MarkdownHtmlCleaner}.
 */
public final class ImportedPostHtmlCleaner {

    private final Safelist safelist = Safelist.basic()
            .removeTags("u", "sub", "sup", "span", "cite", "q", "small", "strike", "dl", "dt", "dd")
            .removeProtocols("a", "href", "ftp")
            .addTags("div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "s",
                    "table", "thead", "tbody", "tr", "th", "td");
    private final Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);

    /**
     * The HTML with everything outside the safelist removed (text of removed tags is kept), and loose text
     * between blocks put in paragraphs of its own so that it does not run into the block before it.
     */
    public String clean(String html) {
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, "", safelist, compact));
        document.outputSettings(compact);
        Element body = document.body();
        // A link whose address was unsafe is left without one: its text is all that stays.
        body.select("a:not([href])").unwrap();
        if (body.children().stream().anyMatch(Element::isBlock)) {
            wrapLooseRuns(body);
        }
        return body.html();
    }

    private static void wrapLooseRuns(Element body) {
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(body.childNodes())) {
            if (node instanceof Element element && element.isBlock()) {
                wrap(run);
            } else {
                run.add(node);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank());
        if (!blank) {
            Element paragraph = new Element("p");
            run.get(0).before(paragraph);
            run.forEach(node -> paragraph.appendChild(node));
            if (run.get(0) instanceof TextNode first) {
                first.text(first.getWholeText().stripLeading());
            }
            if (run.get(run.size() - 1) instanceof TextNode last) {
                last.text(last.getWholeText().stripTrailing());
            }
        }
        run.clear();
    }

    /** Whether the text contains any HTML element at all (else it is plain text). */
    public boolean hasElements(String text) {
        return !Jsoup.parseBodyFragment(text).body().children().isEmpty();
    }

    /** Plain text as HTML: escaped, blank lines between paragraphs, single line breaks kept. */
    public String fromPlainText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
            html.append("<p>")
                    .append(String.join("<br>", paragraph.strip().lines().map(Entities::escape).toList()))
                    .append("</p>");
        }
        return html.toString();
    }
}
