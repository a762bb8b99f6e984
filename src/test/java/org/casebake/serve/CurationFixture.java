package org.casebake.serve;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code curation} fixture site served by {@code casebake serve --audience instructor} from a
 * temporary copy, with the curation page's token and answer versions at hand and a way to send writes
 * exactly as a page (or anyone else) could.
 */
final class CurationFixture implements AutoCloseable {

    static final String BASE = "/~prof/mgmt301/";
    static final String VIEW = BASE + "_casebake/curate/";
    static final String CASE_VIEW = VIEW + "open-prize/";
    static final String CHANGE = VIEW + "change";
    static final String PENDING = "content/cases/open-prize/answers/answer-01.md";
    static final String CURATED = "content/cases/open-prize/answers/answer-02.md";

    final Path site;
    final LivePreview preview;
    private final PreviewFixture http = PreviewFixture.client();

    private CurationFixture(Path site, LivePreview preview) {
        this.site = site;
        this.preview = preview;
    }

    /** Copies the fixture into {@code folder} and serves it for the instructor. */
    static CurationFixture start(Path folder) throws IOException {
        Path site = PreviewFixture.copySite("curation", folder);
        LivePreview preview = LivePreview.start(new PreviewSettings(site, 0, new BuildOptions(Audience.INSTRUCTOR, false),
                PreviewSettings.DEFAULT_QUIET_PERIOD), "test", new PrintWriter(new StringWriter(), true));
        return new CurationFixture(site, preview);
    }

    /** The address of {@code path} on the preview. */
    String url(String path) {
        return "http://127.0.0.1:" + preview.port() + path;
    }

    /** The origin the preview's pages have. */
    String origin() {
        return "http://127.0.0.1:" + preview.port();
    }

    /** The case's curation page, parsed. */
    Document casePage() throws IOException, InterruptedException {
        return casePageWith("");
    }

    /** The case's curation page with {@code query} ("?status=pending"), parsed. */
    Document casePageWith(String query) throws IOException, InterruptedException {
        HttpResponse<String> page = http.get(preview.port(), CASE_VIEW + query);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("curation page: " + page.statusCode() + " " + page.body());
        }
        return Jsoup.parse(page.body(), url(CASE_VIEW));
    }

    /** The token the page carries. */
    String token() throws IOException, InterruptedException {
        return casePage().selectFirst("meta[name=casebake-token]").attr("content");
    }

    /** The version the page shows for answer file {@code path}. */
    String version(String path) throws IOException, InterruptedException {
        Element answer = casePage().selectFirst("[data-answer-file=" + path + "]");
        return answer.attr("data-version");
    }

    /** POSTs {@code form} to the change endpoint with the given Origin and token (null leaves a header out). */
    HttpResponse<String> post(String origin, String token, String contentType, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(CHANGE))).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (token != null) {
            request.header("X-Casebake-Token", token);
        }
        request.header("Content-Type", contentType);
        return http.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a form from the page's origin with the page's token. */
    HttpResponse<String> post(String form) throws IOException, InterruptedException {
        return post(origin(), token(), "application/x-www-form-urlencoded", form);
    }

    /** The text of a file of the site. */
    String read(String path) {
        try {
            return Files.readString(site.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        preview.close();
    }
}
