package org.casebake.authoring;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a student's post before it is converted: only text structure survives
 * (paragraphs, emphasis, lists, quotes, code, headings, tables, http/https/mailto links). Scripts, styles,
 * frames, images, forms, event handlers and {@code javascript:} URLs are removed. jsoup stays inside
 * this class.
 */
public final class HtmlSanitizer {

    private final Safelist safelist = Safelist.basic()
            .removeTags("u", "sub", "sup", "span", "cite", "q", "small", "strike", "dl", "dt", "dd")
            .removeProtocols("a", "href", "ftp")
            .addTags("div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "s",
                    "table", "thead", "tbody", "tr", "th", "td");
    private final Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);

    /** The HTML with everything outside the safelist removed; text of removed tags is kept. */
    public String clean(String html) {
        return Jsoup.clean(html, "", safelist, compact);
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
