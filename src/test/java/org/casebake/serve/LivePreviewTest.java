package org.casebake.serve;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.model.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.casebake.serve.PreviewFixture.ANSWER;
import static org.casebake.serve.PreviewFixture.QUESTION_PAGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code casebake serve} end to end: a preview on a free loopback port, on a copy of a small site. */
@Timeout(120)
class LivePreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADA_ANCHOR = "article.answer:has(h2.answer-author:contains(A. L.))";

    @TempDir
    Path temp;

    private final PreviewFixture http = PreviewFixture.client();
    private final StringWriter terminal = new StringWriter();

    private LivePreview start(Path site, BuildOptions options) throws IOException {
        return LivePreview.start(new PreviewSettings(site, 0, options, PreviewSettings.DEFAULT_QUIET_PERIOD), "test",
                new PrintWriter(terminal, true));
    }

    @Test
    void savingAnswersReloadsTabsAndAnErrorKeepsTheLastGoodPageUntilItIsFixed() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = start(site, BuildOptions.studentSite());
             EventStreamReader events = EventStreamReader.open(http.client, URI.create("http://127.0.0.1:" + preview.port() + "/_casebake/events"))) {
            events.await("build", "1"::equals, WAIT);
            assertEquals(List.of("Paying for outside work reaches far more programmers than the company could hire."), adaText(preview));

            Files.writeString(site.resolve(ANSWER), answer("questions: [q1]", "Prizes widen the talent pool."));
            events.await("reload", "2"::equals, WAIT);
            assertEquals(List.of("Prizes widen the talent pool."), adaText(preview));

            Files.writeString(site.resolve(ANSWER), answer("questions: [q1", "This save breaks the front matter."));
            String expected = "content/cases/open-prize/answers/answer-01.md:4:7: error: invalid YAML: expected ',' or ']',"
                    + " but got : while parsing a flow sequence (check indentation, and quote values that contain ': '"
                    + " or start with a special character)";
            String problems = "[" + quoted(expected) + "]";
            events.await("problems", problems::equals, WAIT);
            assertEquals("{\"build\":2,\"problems\":" + problems + "}", http.get(preview.port(), "/_casebake/state").body());
            assertEquals(List.of("Prizes widen the talent pool."), adaText(preview), "the last good page is still served");
            assertTrue(terminal.toString().contains(expected + "\n1 error; still serving the last good build"), terminal.toString());

            Files.writeString(site.resolve(ANSWER), answer("questions: [q1]", "Fixed: prizes widen the talent pool."));
            events.await("reload", "3"::equals, WAIT);
            events.await("problems", "[]"::equals, WAIT);
            assertEquals("{\"build\":3,\"problems\":[]}", http.get(preview.port(), "/_casebake/state").body());
            assertEquals(List.of("Fixed: prizes widen the talent pool."), adaText(preview));

            Files.delete(site.resolve(ANSWER));
            events.await("reload", "4"::equals, WAIT);
            assertEquals(List.of(), adaText(preview), "a deleted answer disappears");
            assertEquals(1, page(preview, QUESTION_PAGE).select("article.answer").size(), "the other answer stays");
        }
    }

    @Test
    void templatesAddedOrChangedWhileServingAreUsedOnTheNextRebuild() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = start(site, BuildOptions.studentSite());
             EventStreamReader events = EventStreamReader.open(http.client, URI.create("http://127.0.0.1:" + preview.port() + "/_casebake/events"))) {
            Files.createDirectories(site.resolve("templates"));
            Files.writeString(site.resolve("templates/sitemap.ftl"), "<urlset>first</urlset>\n");
            events.await("reload", "2"::equals, WAIT);
            assertEquals("<urlset>first</urlset>\n", http.get(preview.port(), "/~prof/mgmt301/sitemap.xml").body());

            Files.writeString(site.resolve("templates/sitemap.ftl"), "<urlset>second</urlset>\n");
            events.await("reload", "3"::equals, WAIT);
            assertEquals("<urlset>second</urlset>\n", http.get(preview.port(), "/~prof/mgmt301/sitemap.xml").body());

            Files.delete(site.resolve("templates/sitemap.ftl"));
            events.await("reload", "4"::equals, WAIT);
            Document sitemap = Jsoup.parse(http.get(preview.port(), "/~prof/mgmt301/sitemap.xml").body(), "", Parser.xmlParser());
            assertEquals("https://example.edu/~prof/mgmt301/cases/open-prize/", sitemap.select("url > loc").get(1).text(),
                    "the built-in sitemap template is back");
        }
    }

    @Test
    void servedPagesAreTheBuiltPagesWithOnlyTheReloadScriptAdded() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = start(site, BuildOptions.studentSite());
             EventStreamReader events = EventStreamReader.open(http.client, URI.create("http://127.0.0.1:" + preview.port() + "/_casebake/events"))) {
            // A rebuild after an edit, so that unchanged bodies come from the preview's cache.
            Files.writeString(site.resolve(ANSWER), answer("questions: [q1]", "An edit with a [link](https://example.org/)."));
            events.await("reload", "2"::equals, WAIT);

            BuildResult built = new SiteBuild("test").run(new BuildRequest(site, temp.resolve("unused"), BuildOptions.studentSite(), false));
            assertTrue(built.succeeded(), built.problems().formatLines().toString());
            for (OutputFile file : built.files()) {
                assertFalse(new String(file.bytes(), StandardCharsets.UTF_8).contains("_casebake"), file.path() + " mentions the preview");
                HttpResponse<byte[]> served = http.client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + preview.port() + "/~prof/mgmt301/" + file.path())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, served.statusCode(), file.path());
                byte[] expected = file.path().endsWith(".html") ? ReloadScript.inject(file.bytes(), 2) : file.bytes();
                assertArrayEquals(expected, served.body(), file.path());
            }
        }
    }

    @Test
    void previewServesTheSiteUnderItsBasePathLikeAWebServer() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = start(site, BuildOptions.studentSite())) {
            int port = preview.port();
            assertEquals(URI.create("http://127.0.0.1:" + port + "/~prof/mgmt301/"), preview.address());
            assertTrue(terminal.toString().contains("Serving the preview at http://127.0.0.1:" + port + "/~prof/mgmt301/\n"));

            HttpResponse<String> root = http.get(port, "/");
            assertEquals(302, root.statusCode());
            assertEquals("/~prof/mgmt301/", root.headers().firstValue("Location").orElse(""));
            assertEquals("/~prof/mgmt301/", http.get(port, "/~prof/mgmt301").headers().firstValue("Location").orElse(""));
            assertEquals("/~prof/mgmt301/cases/open-prize/",
                    http.get(port, "/~prof/mgmt301/cases/open-prize").headers().firstValue("Location").orElse(""));

            HttpResponse<String> home = http.get(port, "/~prof/mgmt301/");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
            assertEquals("A Prize for Open Source Work", Jsoup.parse(home.body()).select("main a[href$=open-prize/index.html]").first().text());
            assertEquals("Preview Test Course", Jsoup.parse(http.get(port, "/~prof/mgmt301/cases/open-prize/questions/q1/").body())
                    .select(".site-title").text());

            assertEquals("text/css; charset=utf-8", http.get(port, "/~prof/mgmt301/assets/css/site.css").headers()
                    .firstValue("Content-Type").orElse(""));
            assertEquals("application/xml; charset=utf-8", http.get(port, "/~prof/mgmt301/sitemap.xml").headers()
                    .firstValue("Content-Type").orElse(""));
            assertEquals("text/javascript; charset=utf-8", http.get(port, "/_casebake/live-reload.js").headers()
                    .firstValue("Content-Type").orElse(""));

            for (String missing : List.of("/~prof/mgmt301/no-such-page.html", "/elsewhere/index.html", "/~prof/mgmt301/cases/../index.html")) {
                HttpResponse<String> notFound = http.get(port, missing);
                assertEquals(404, notFound.statusCode(), missing);
                assertEquals(1, Jsoup.parse(notFound.body()).select("script[src=/_casebake/live-reload.js]").size(), missing);
                assertEquals("Page not found · Preview Test Course", Jsoup.parse(notFound.body()).title(), missing);
            }
            assertEquals(405, http.send(port, "/~prof/mgmt301/", "POST").statusCode());
            HttpResponse<String> head = http.send(port, "/~prof/mgmt301/", "HEAD");
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
        }
    }

    @Test
    void instructorPreviewWithDraftsShowsTheBannersAndSaysSo() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = start(site, new BuildOptions(Audience.INSTRUCTOR, true))) {
            Document home = page(preview, "/~prof/mgmt301/");
            assertEquals(List.of("Instructor edition. Includes teaching notes; do not publish this build to students. Curate answers",
                            "Preview with drafts. Draft cases and comparisons are shown."),
                    home.select(".audience-banner").eachText());
            assertEquals("/~prof/mgmt301/_casebake/curate/", home.selectFirst(".audience-banner a.curate-link").attr("href"));
        }
        assertTrue(terminal.toString().contains("This preview shows teaching notes and drafts: do not share it with students.\n"),
                terminal.toString());
        assertTrue(terminal.toString().contains("Curate answers at http://127.0.0.1:"), terminal.toString());
    }

    @Test
    void siteThatDoesNotBuildYetShowsItsProblemsAndAppearsOnceFixed() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        String good = Files.readString(site.resolve("site-config.yml"));
        Files.writeString(site.resolve("site-config.yml"), good.replace("title: ", "titel: "));
        try (LivePreview preview = start(site, BuildOptions.studentSite());
             EventStreamReader events = EventStreamReader.open(http.client, URI.create("http://127.0.0.1:" + preview.port() + "/_casebake/events"))) {
            events.await("build", "0"::equals, WAIT);
            events.await("problems", p -> p.contains("site-config.yml:2:1: error: unknown field 'titel' (did you mean 'title'?)"), WAIT);
            HttpResponse<String> waiting = http.get(preview.port(), "/");
            assertEquals(503, waiting.statusCode());
            assertEquals(1, Jsoup.parse(waiting.body()).select("script[src=/_casebake/live-reload.js]").size());

            Files.writeString(site.resolve("site-config.yml"), good);
            events.await("reload", "1"::equals, WAIT);
            assertEquals("/~prof/mgmt301/", http.get(preview.port(), "/").headers().firstValue("Location").orElse(""));
        }
    }

    private List<String> adaText(LivePreview preview) throws IOException, InterruptedException {
        return page(preview, QUESTION_PAGE).select(ADA_ANCHOR + " .answer-body").eachText();
    }

    private Document page(LivePreview preview, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.get(preview.port(), path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static String answer(String questionsLine, String body) {
        return "---\nauthor: \"Ada Lovelace\"\n" + questionsLine + "\nthemes: [talent]\n---\n\n" + body + "\n";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
