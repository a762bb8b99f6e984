package org.casebake.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** The small test site copied into a temporary folder, and an HTTP client for the preview serving it. */
final class PreviewFixture {

    /** The fixture site's answer that the tests edit. */
    static final String ANSWER = "content/cases/open-prize/answers/answer-01.md";
    /** The page of the fixture case's first question, under its base path: it shows the answers in full. */
    static final String QUESTION_PAGE = "/~prof/mgmt301/cases/open-prize/questions/q1/index.html";

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private PreviewFixture() {
    }

    /** Copies {@code src/test/resources/sites/live-preview/input} to {@code target}. */
    static Path copySite(Path target) {
        return copySite("live-preview", target);
    }

    /** Copies {@code src/test/resources/sites/<fixture>/input} to {@code target}. */
    static Path copySite(String fixture, Path target) {
        try {
            Path site = Path.of(PreviewFixture.class.getResource("/sites/" + fixture + "/input").toURI());
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path from : walk.sorted().toList()) {
                    Path to = target.resolve(site.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client for tests. */
    static PreviewFixture client() {
        return new PreviewFixture();
    }

    /** GETs {@code path} from the preview on {@code port}, following no redirects. */
    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(port, path, "GET");
    }

    /** Sends {@code method} for {@code path} to the preview on {@code port}. */
    HttpResponse<String> send(int port, String path, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
