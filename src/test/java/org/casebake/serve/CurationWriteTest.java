package org.casebake.serve;

import org.casebake.model.BuildOptions;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.casebake.serve.CurationFixture.CASE_VIEW;
import static org.casebake.serve.CurationFixture.CHANGE;
import static org.casebake.serve.CurationFixture.CURATED;
import static org.casebake.serve.CurationFixture.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curation view's one write endpoint over HTTP: a write from the page is made; a write from
 * another origin, without the token or with another, for a file that is not an answer, through
 * {@code ..}, or over a file changed on disk is refused with its status and leaves every file as it was.
 */
@Timeout(120)
class CurationWriteTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    Path temp;

    private CurationFixture fixture;
    private Map<String, String> before;

    @BeforeEach
    void start() throws IOException {
        fixture = CurationFixture.start(temp.resolve("site"));
        before = files();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theCasePageListsEveryAnswerPendingFirstWithItsBoardContext() throws Exception {
        Document page = fixture.casePage();
        List<String> files = page.select("[data-answer-file]").eachAttr("data-answer-file");
        assertEquals(List.of(PENDING, CURATED, "content/cases/open-prize/answers/answer-03.md"), files);
        Element pending = page.selectFirst("[data-answer-file=" + PENDING + "]");
        assertEquals("Board subject: “Why pay strangers?” · Submitted 2026-02-20", pending.selectFirst(".curate-context").text());
        assertEquals("Answer by J. D. answer-01.md Pending", pending.selectFirst("h2").text(), "named as students would see it");
        assertEquals("more ideas for less", pending.selectFirst(".answer-body em").text(), "rendered as on the site");
        assertEquals(List.of("curate", "reject", "pending", "feature", "set-questions", "add-theme", "add-position"),
                pending.select("button[data-action]").eachAttr("data-action"));
        assertEquals("In reply to answer-01", page.selectFirst("[data-answer-file$=answer-03.md] .curate-context").text());
        assertEquals(List.of(CURATED), fixture.casePageWith("?status=curated").select("[data-answer-file]").eachAttr("data-answer-file"));
        assertEquals(List.of(CURATED, "content/cases/open-prize/answers/answer-03.md"),
                fixture.casePageWith("?question=q2").select("[data-answer-file]").eachAttr("data-answer-file"));
    }

    @Test
    void aWriteFromThePageChangesOnlyTheStatusLine() throws Exception {
        HttpResponse<String> response = fixture.post(form("action", "curate", "file", PENDING, "version", fixture.version(PENDING)));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(before.get(PENDING).replace("status: \"pending\"  # set", "status: curated  # set"), fixture.read(PENDING));
        before.put(PENDING, fixture.read(PENDING));
        assertEquals(before, files(), "no other file changed");
        assertEquals(200, fixture.post(form("action", "undo")).statusCode());
        assertEquals(files().get(PENDING).replace("status: curated", "status: \"pending\""), fixture.read(PENDING));
    }

    @Test
    void aJsonWriteIsAcceptedToo() throws Exception {
        String json = "{\"action\": \"set-questions\", \"file\": \"" + CURATED + "\", \"version\": \"" + fixture.version(CURATED)
                + "\", \"questions\": [\"q2\"]}";
        HttpResponse<String> response = fixture.post(fixture.origin(), fixture.token(), "application/json", json);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(before.get(CURATED).replace("questions: [q1, q2]", "questions: [q2]"), fixture.read(CURATED));
    }

    @Test
    void themesAreAddedFromTheSettingsAndRemovedOnTheirLine() throws Exception {
        assertEquals(200, fixture.post(form("action", "add-theme", "file", CURATED, "version", fixture.version(CURATED),
                "theme", "security")).statusCode());
        assertEquals(before.get(CURATED).replace("themes: [cost]   #", "themes: [cost, security]   #"), fixture.read(CURATED));
        assertEquals(200, fixture.post(form("action", "remove-theme", "file", CURATED, "version", fixture.version(CURATED),
                "theme", "cost")).statusCode());
        assertEquals(before.get(CURATED).replace("themes: [cost]   #", "themes: [security]   #"), fixture.read(CURATED));
        assertEquals(200, fixture.post(form("action", "remove-theme", "file", CURATED, "version", fixture.version(CURATED),
                "theme", "security")).statusCode());
        assertEquals(before.get(CURATED).replace("themes: [cost]   # set in class\n", ""), fixture.read(CURATED));
        assertEquals(200, fixture.post(form("action", "set-questions", "file", PENDING, "version", fixture.version(PENDING),
                "questions", "q1", "questions", "q2")).statusCode());
        assertEquals(before.get(PENDING).replace("  - \"q1\"   # filed under the first discussion\n",
                "  - \"q1\"   # filed under the first discussion\n  - q2\n"), fixture.read(PENDING));
        before = files();
        assertRefused(422, fixture.post(form("action", "set-questions", "file", PENDING, "version", fixture.version(PENDING),
                "questions", "q9")), "unknown question");
    }

    @Test
    void writesFromAnotherOriginAreRefused() throws Exception {
        String form = form("action", "reject", "file", PENDING, "version", fixture.version(PENDING));
        String token = fixture.token();
        for (String origin : List.of("http://attacker.example", "null", "http://localhost:1", "https://127.0.0.1:" + fixture.preview.port())) {
            assertRefused(403, fixture.post(origin, token, FORM, form), origin);
        }
        assertRefused(403, fixture.post(null, token, FORM, form), "no Origin");
    }

    @Test
    void writesWithoutTheTokenOrWithAnotherAreRefused() throws Exception {
        String form = form("action", "reject", "file", PENDING, "version", fixture.version(PENDING));
        String token = fixture.token();
        assertRefused(403, fixture.post(fixture.origin(), null, FORM, form), "no token");
        assertRefused(403, fixture.post(fixture.origin(), "", FORM, form), "empty token");
        assertRefused(403, fixture.post(fixture.origin(), token.substring(1) + "A", FORM, form), "another token");
        assertRefused(403, fixture.post(fixture.origin(), token + token, FORM, form), "a longer token");
    }

    @Test
    void writesToFilesOutsideTheAnswerFoldersAreRefused() throws Exception {
        String version = fixture.version(PENDING);
        for (String file : List.of("site-config.yml", "content/cases/open-prize/index.md", "content/comparisons/prize-or-staff.md",
                "content/cases/open-prize/teaching-notes.md", "../outside/answers/x.md", "/etc/passwd")) {
            assertRefused(403, fixture.post(form("action", "curate", "file", file, "version", version)), file);
            assertRefused(403, fixture.post(form("action", "set-questions", "file", file, "version", version, "questions", "q1")), file);
        }
    }

    @Test
    void pathTraversalOutOfTheAnswersFolderIsRefused() throws Exception {
        String version = fixture.version(PENDING);
        for (String file : List.of("content/cases/open-prize/answers/../../../../site-config.yml",
                "content/cases/open-prize/answers/../index.md", "content/cases/../../site-config.yml/answers/x.md",
                "content/cases/open-prize/answers/..%2F..%2Findex.md")) {
            assertRefused(403, fixture.post(form("action", "curate", "file", file, "version", version)), file);
        }
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/x.md"), "---\nauthor: x\nstatus: pending\n---\n");
        Files.createSymbolicLink(fixture.site.resolve("content/cases/open-prize/answers/linked.md"), temp.resolve("outside/x.md"));
        before = files();
        assertRefused(403, fixture.post(form("action", "curate", "file", "content/cases/open-prize/answers/linked.md",
                "version", org.casebake.authoring.AnswerFiles.version(Files.readAllBytes(temp.resolve("outside/x.md"))))), "link");
        assertEquals("---\nauthor: x\nstatus: pending\n---\n", Files.readString(temp.resolve("outside/x.md")));
    }

    @Test
    void aFileChangedOnDiskSinceThePageLoadedIsNotOverwritten() throws Exception {
        String version = fixture.version(PENDING);
        String edited = before.get(PENDING) + "\nA sentence added in the editor.\n";
        Files.writeString(fixture.site.resolve(PENDING), edited);
        HttpResponse<String> response = fixture.post(form("action", "reject", "file", PENDING, "version", version));
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains("changed on disk since this page was loaded"), response.body());
        assertEquals(edited, fixture.read(PENDING));
    }

    @Test
    void otherMethodsLargeBodiesAndUnknownActionsAreRefused() throws Exception {
        assertEquals(405, PreviewFixture.client().get(fixture.preview.port(), CHANGE).statusCode());
        String big = form("action", "curate", "file", PENDING, "version", fixture.version(PENDING), "pad", "x".repeat(70_000));
        assertRefused(413, fixture.post(big), "large body");
        assertRefused(415, fixture.post(fixture.origin(), fixture.token(), "text/plain", "action=curate"), "text/plain");
        assertRefused(422, fixture.post(form("action", "launch", "file", PENDING, "version", fixture.version(PENDING))), "unknown");
        assertRefused(422, fixture.post(form("action", "add-theme", "file", PENDING, "version", fixture.version(PENDING),
                "theme", "not-a-theme")), "unknown theme");
        assertRefused(422, fixture.post(form("action", "add-position", "file", PENDING, "version", fixture.version(PENDING),
                "dimension", "speed", "side", "prize", "view", "strength", "quote", "x")), "unknown dimension");
        assertRefused(409, fixture.post(form("action", "undo")), "nothing to undo");
    }

    @Test
    void theCurationViewIsOnlyInTheInstructorsPreviewAndNeverInABuild() throws Exception {
        Path student = PreviewFixture.copySite("curation", temp.resolve("student"));
        try (LivePreview preview = LivePreview.start(new PreviewSettings(student, 0, BuildOptions.studentSite(),
                PreviewSettings.DEFAULT_QUIET_PERIOD), "test", new PrintWriter(new StringWriter(), true))) {
            assertEquals(404, PreviewFixture.client().get(preview.port(), CASE_VIEW).statusCode());
            assertEquals(405, PreviewFixture.client().send(preview.port(), CHANGE, "POST").statusCode());
        }
        Element link = org.jsoup.Jsoup.parse(PreviewFixture.client().get(fixture.preview.port(), CurationFixture.BASE).body())
                .selectFirst(".audience-banner a.curate-link");
        assertNotNull(link, "the instructor banner links to the view");
        assertEquals(CurationFixture.VIEW, link.attr("href"));
        for (org.casebake.model.Audience audience : org.casebake.model.Audience.values()) {
            SiteFixture built = SiteFixture.copyOf(fixture.site, temp.resolve("built-" + audience));
            built.build(audience, false);
            BuiltSite output = BuiltSite.in(built.output());
            assertEquals(List.of(), output.whereFound("_casebake"), audience + " build");
            assertTrue(output.paths().stream().noneMatch(p -> p.contains("_casebake") || p.contains("curate")), audience + " build");
        }
    }

    private void assertRefused(int status, HttpResponse<String> response, String what) throws IOException {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertEquals(before, files(), what + ": no file changed");
    }

    /** Every file of the site by path, with its text. */
    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(fixture.site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(fixture.site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
