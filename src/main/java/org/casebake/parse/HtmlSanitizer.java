package org.casebake.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Removes everything from HTML that could run script or restyle a page: script and style
 * elements, iframes, event handlers, {@code style} attributes and {@code javascript:} URLs.
 * The only class that knows jsoup.
 *
 * <p>What stays is the relaxed set of text elements (paragraphs, lists, emphasis, tables, links,
 * images over http(s) or relative paths) plus ids on headings, so section links keep working.
 * Links get {@code rel="nofollow noopener"}: answers are written by students, not vouched for.
 */
public final class HtmlSanitizer {

    private static final String BASE = "https://casebake.invalid/";

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
        String cleaned = Jsoup.clean(html, BASE, safelist, output);
        return cleaned.replace(BASE, "");
    }
}
