package org.casebake.serve;

import com.sun.net.httpserver.HttpExchange;
import org.casebake.authoring.AnswerFiles;
import org.casebake.authoring.EditRefused;
import org.casebake.parse.Markdown;
import org.casebake.search.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The curation view of {@code casebake serve --audience instructor}, under
 * {@code <base path>_casebake/curate/}: pages listing a case's answers in every status, and the one
 * endpoint that changes an answer file, {@code _casebake/curate/change}. Never part of a build: the
 * server makes these pages from the site folder at each request.
 *
 * <p>Writes are for the page alone: the server already answers only on loopback and to its own
 * host name; a write also needs this process's secret token (which only a page of this origin can
 * read) and a same-origin {@code Origin}, and may change only answer files ({@link AnswerFiles}).
 */
final class CurationView {

    /** Where the view lives under the site's base path. */
    static final String SEGMENT = "_casebake/curate/";
    private static final String CHANGE = "change";
    /** Scripts and styles only from the preview itself; the answers' HTML is cleaned as for the site. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final CurationCatalog catalog;
    private final AnswerChanges changes;
    private final AnswerFiles files;
    private final CurationPage pages;
    private final String token;

    private CurationView(CurationCatalog catalog, AnswerFiles files, String token) {
        this.catalog = catalog;
        this.files = files;
        this.changes = new AnswerChanges(catalog);
        this.pages = new CurationPage(token);
        this.token = token;
    }

    /** The view of the site in {@code source}, with a new secret token. */
    static CurationView of(Path source, Markdown markdown) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        AnswerFiles files = new AnswerFiles(source);
        return new CurationView(new CurationCatalog(source, files, markdown), files,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** True when {@code path} (decoded) is the view's, for a site under {@code basePath}. */
    boolean owns(String path, String basePath) {
        return path.startsWith(decoded(basePath) + SEGMENT);
    }

    /** Answers a request for one of the view's paths. */
    void handle(HttpExchange exchange, String path, String basePath) throws IOException {
        String rest = path.substring(decoded(basePath).length() + SEGMENT.length());
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (rest.equals(CHANGE)) {
            PreviewServer.send(exchange, change(exchange));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            PreviewServer.send(exchange, PreviewResponse.text(405, "The curation pages only answer GET and HEAD; changes go to "
                    + SEGMENT + CHANGE + "."));
            return;
        }
        PreviewServer.send(exchange, page(rest, exchange.getRequestURI(), basePath));
    }

    private PreviewResponse page(String rest, URI uri, String basePath) {
        if (rest.equals("curate.js") || rest.equals("curate.css")) {
            return PreviewResponse.file(200, rest, resource(rest));
        }
        CurationCatalog.Site site = catalog.site();
        if (rest.isEmpty()) {
            return PreviewResponse.file(200, "index.html", pages.index(site));
        }
        String slug = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        Optional<CurationCatalog.CaseFile> found = site.cases().stream().filter(c -> c.slug().equals(slug)).findFirst();
        if (found.isEmpty() || slug.contains("/")) {
            return PreviewResponse.text(404, "No such case in content/cases/.");
        }
        if (!rest.endsWith("/")) {
            return PreviewResponse.redirect(basePath + SEGMENT + rest + "/");
        }
        CurationCatalog.CaseFile c = found.get();
        AnswerCard cards = new AnswerCard(c.questions(), CurationCatalog.themes(site), CurationCatalog.covering(site, slug));
        return PreviewResponse.file(200, "index.html", pages.casePage(site, c, catalog.answers(site, slug),
                CurationPage.status(query(uri, "status")), query(uri, "question").orElse(""), cards));
    }

    private PreviewResponse change(HttpExchange exchange) throws IOException {
        WriteRequest request;
        try {
            request = WriteRequest.read(exchange, token);
        } catch (WriteRequest.Refused refused) {
            return json(refused.status(), false, "", refused.getMessage());
        }
        try {
            AnswerFiles.Outcome outcome = request.text("action").equals("undo") ? files.undo()
                    : files.change(request.text("file"), request.text("version"), changes.of(request));
            return json(200, true, outcome.path(), outcome.message());
        } catch (EditRefused refused) {
            return json(status(refused.reason()), false, request.text("file"), refused.getMessage());
        } catch (IllegalArgumentException wrong) {
            return json(400, false, request.text("file"), wrong.getMessage());
        }
    }

    private static int status(EditRefused.Reason reason) {
        return switch (reason) {
            case NOT_AN_ANSWER -> 403;
            case NOT_FOUND -> 404;
            case CHANGED_ON_DISK, NOTHING_TO_UNDO -> 409;
            case INVALID -> 422;
        };
    }

    private static PreviewResponse json(int status, boolean ok, String file, String message) {
        String body = "{\"ok\":" + ok + ",\"file\":" + JsonString.quote(file) + ",\"message\":" + JsonString.quote(message) + "}\n";
        return new PreviewResponse(status, "application/json; charset=utf-8", Optional.empty(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code html} with a link to the view added to its instructor banner, if it has one. */
    static byte[] linkFromBanner(byte[] html, String basePath) {
        String page = new String(html, StandardCharsets.UTF_8);
        int banner = page.indexOf("class=\"audience-banner\"");
        int end = banner < 0 ? -1 : page.indexOf("</div>", banner);
        if (end < 0) {
            return html;
        }
        // The banner's own colours: a link in the theme's colour may be unreadable on it.
        String link = " <a class=\"curate-link\" style=\"color:inherit;text-decoration:underline\" href=\""
                + HtmlText.escape(basePath + SEGMENT) + "\">Curate answers</a>";
        return (page.substring(0, end) + link + page.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> query(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static String decoded(String basePath) {
        return URI.create(basePath).getPath();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CurationView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the Casebake jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
