package org.casebake.testing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows every link of a built site without a browser: each {@code href}, {@code src} and form
 * {@code action} of each page must either leave the site over http(s), or be relative and name a
 * file the site has (a page link ends in {@code index.html}, so the site works from disk), with
 * any {@code #fragment} an id on the target page. Absolute links into the site itself (canonical
 * URLs, the sitemap) must name an existing page too.
 *
 * <p>The 404 page is served at any depth, so relative links cannot work there; its links (other
 * than {@code #fragment}s) must instead start with the base path of {@code baseUrl}.
 */
public final class LinkChecker {

    private static final String NOT_FOUND_PAGE = "404.html";
    private static final String[] LINK_ATTRIBUTES = {"href", "src", "action"};

    private final BuiltSite site;
    private final String baseUrl;
    private final String basePath;
    private final Map<String, Document> parsed = new HashMap<>();

    /** A checker for {@code site}, deployed at {@code baseUrl} (ending in '/'). */
    public LinkChecker(BuiltSite site, String baseUrl) {
        this.site = site;
        this.baseUrl = baseUrl;
        this.basePath = URI.create(baseUrl).getPath();
    }

    /** Every broken or badly formed link of every page and of the sitemap, one line each; empty when all work. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            Document doc = parsed(page);
            for (Element element : doc.select("[href], [src], form[action]")) {
                for (String attribute : LINK_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        String problem = check(page, element.attr(attribute));
                        if (problem != null) {
                            problems.add(page + ": <" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute)
                                    + "\">: " + problem);
                        }
                    }
                }
            }
        }
        if (site.has("sitemap.xml")) {
            for (Element loc : site.xml("sitemap.xml").select("loc")) {
                String problem = loc.text().startsWith(baseUrl) ? internalAbsolute(loc.text()) : "not below " + baseUrl;
                if (problem != null) {
                    problems.add("sitemap.xml: <loc>" + loc.text() + "</loc>: " + problem);
                }
            }
        }
        return problems;
    }

    /** What is wrong with one link on {@code page}, or null when it works. */
    private String check(String page, String link) {
        if (link.startsWith("https://") || link.startsWith("http://")) {
            return link.startsWith(baseUrl) ? internalAbsolute(link) : null;
        }
        if (link.startsWith("#")) {
            return target(page, page, link.substring(1));
        }
        if (page.equals(NOT_FOUND_PAGE)) {
            return link.startsWith(basePath) ? target(page, link.substring(basePath.length()), "")
                    : "the 404 page's links must start with the base path " + basePath;
        }
        if (link.startsWith("/")) {
            return "starts with '/': breaks under a sub-path and from disk";
        }
        if (link.contains(":") && link.indexOf(':') < indexOfAny(link, "/?#")) {
            return "scheme other than http(s)";
        }
        String resolved;
        try {
            resolved = new URI("https://site.invalid/" + page).resolve(new URI(link)).getPath().substring(1);
        } catch (URISyntaxException e) {
            return "not a valid URL: " + e.getMessage();
        }
        int hash = link.indexOf('#');
        return target(page, resolved, hash < 0 ? "" : link.substring(hash + 1));
    }

    private String internalAbsolute(String url) {
        String rest = URI.create(url).getPath().substring(basePath.length());
        return target("", rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest, "");
    }

    /** Whether {@code path} is a file of the site and, for a fragment, a page with that id. */
    private String target(String page, String path, String fragment) {
        if (path.startsWith("..")) {
            return "leaves the site's folder";
        }
        if (!path.equals(page) && (path.isEmpty() || path.endsWith("/"))) {
            return "names a folder, not index.html: breaks when the site is opened from disk";
        }
        if (!site.has(path)) {
            return "no such file: " + path;
        }
        if (!fragment.isEmpty() && path.endsWith(".html") && parsed(path).getElementById(fragment) == null) {
            return "no element with id '" + fragment + "' on " + path;
        }
        return null;
    }

    private Document parsed(String page) {
        return parsed.computeIfAbsent(page, site::html);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
