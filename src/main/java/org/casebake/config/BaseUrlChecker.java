package org.casebake.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Says what is wrong with a {@code baseUrl}. Page, sitemap and feed URLs are made by appending paths
 * to it, so anything after the path (a query, a fragment), a user name, a scheme other than http(s)
 * or a path with {@code .}, {@code ..} or {@code //} segments would produce broken links.
 */
final class BaseUrlChecker {

    private static final String EXAMPLE = "for example https://example.edu/~prof/mgmt301/";

    private BaseUrlChecker() {
    }

    /** Everything wrong with {@code url}; empty when it can be used as the site's base URL. */
    static List<ConfigFault> faults(String url) {
        if (url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return List.of(new ConfigFault("baseUrl must not contain white space: '" + url + "'",
                    "write a space as %20, or choose a path without spaces"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return List.of(new ConfigFault("baseUrl is not a valid URL: '" + url + "': " + e.getReason().toLowerCase(Locale.ROOT)
                    + " at character " + (e.getIndex() + 1), EXAMPLE));
        }
        if (uri.getScheme() == null) {
            return List.of(new ConfigFault("baseUrl must be an absolute URL starting with https:// or http://, not '" + url + "'", EXAMPLE));
        }
        if (!uri.getScheme().equals("https") && !uri.getScheme().equals("http")) {
            return List.of(new ConfigFault("baseUrl must start with https:// or http://, not '" + uri.getScheme() + ":'", EXAMPLE));
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            return List.of(new ConfigFault("baseUrl has no valid host name: '" + url + "'", EXAMPLE));
        }
        List<ConfigFault> faults = new ArrayList<>();
        if (uri.getRawUserInfo() != null) {
            // Not echoed: it may hold a password, and problems end up in CI logs.
            faults.add(new ConfigFault("baseUrl must not contain a user name or password",
                    "the URL is written into every page, the sitemap and the feed; remove what stands between '//' and '@'"));
        }
        if (uri.getRawQuery() != null) {
            faults.add(new ConfigFault("baseUrl must not have a query ('?" + uri.getRawQuery() + "')",
                    "page, sitemap and feed URLs are made by adding paths to baseUrl; remove '?" + uri.getRawQuery() + "'"));
        }
        if (uri.getRawFragment() != null) {
            faults.add(new ConfigFault("baseUrl must not have a fragment ('#" + uri.getRawFragment() + "')",
                    "page, sitemap and feed URLs are made by adding paths to baseUrl; remove '#" + uri.getRawFragment() + "'"));
        }
        String path = uri.getRawPath();
        String normalized = normalizedPath(path);
        if (!path.isEmpty() && !normalized.equals(path) && !normalized.equals(path + "/")) {
            faults.add(new ConfigFault("baseUrl's path '" + path + "' has empty, '.' or '..' segments",
                    "write it as '" + normalized + "'"));
        }
        return List.copyOf(faults);
    }

    /** The URL as pages use it: ending in '/' (a bare host gets the path '/'). */
    static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** The path without empty or '.' segments and with each '..' applied, ending in '/'. */
    private static String normalizedPath(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/";
    }
}
