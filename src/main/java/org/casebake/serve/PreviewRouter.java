package org.casebake.serve;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds what to send for a request path in a {@link SiteSnapshot}, the way a static web server
 * would serve the published site: under the path of {@code baseUrl}, a folder answered by its
 * {@code index.html}, a missing file by the site's {@code 404.html} with status 404.
 *
 * <p>Paths arrive decoded ("/~prof/mgmt301/cases/x/"); redirects point at encoded paths. Anything
 * outside the base path is not part of the site, except {@code /}, which redirects to it so the
 * printed address is easy to type.
 */
final class PreviewRouter {

    private static final String NOT_FOUND_PAGE = "404.html";

    /** The response for {@code path} in {@code site}. */
    PreviewResponse route(String path, SiteSnapshot site) {
        if (!site.hasSite()) {
            return waiting();
        }
        String base = decoded(site.basePath());
        if (!path.equals(base) && (path.equals("/") || path.equals(base.substring(0, base.length() - 1)))) {
            return PreviewResponse.redirect(site.basePath());
        }
        if (!path.startsWith(base) || hasDotSegment(path)) {
            return notFound(site);
        }
        String inSite = path.substring(base.length());
        String file = inSite.isEmpty() || inSite.endsWith("/") ? inSite + "index.html" : inSite;
        Optional<byte[]> bytes = site.file(file);
        if (bytes.isPresent()) {
            return PreviewResponse.file(200, file, bytes.get());
        }
        if (site.file(inSite + "/index.html").isPresent()) {
            // inSite names a folder the build made, so it needs no escaping in the Location.
            return PreviewResponse.redirect(site.basePath() + inSite + "/");
        }
        return notFound(site);
    }

    private static PreviewResponse notFound(SiteSnapshot site) {
        return site.file(NOT_FOUND_PAGE)
                .map(page -> PreviewResponse.file(404, NOT_FOUND_PAGE, page))
                .orElseGet(() -> PreviewResponse.text(404, "Not found in the preview."));
    }

    /** Until the first good build every path shows this page; the reload script adds the problems. */
    private static PreviewResponse waiting() {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Casebake preview: no site yet</title></head>
                <body>
                <h1>No site to show yet</h1>
                <p>Casebake is building the site, or could not build it: problems are listed here and in
                the terminal. This page reloads by itself when there is a site to show.</p>
                </body>
                </html>
                """;
        return PreviewResponse.file(503, "index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The base path as request paths arrive: percent-escapes decoded ("/my%20course/" is "/my course/"). */
    private static String decoded(String basePath) {
        return URI.create(basePath).getPath();
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }
}
