package org.casebake.build;

import org.casebake.model.BuildOptions;
import org.casebake.model.OutputFile;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build made for rebuilds ({@code casebake serve}) keeps what unchanged inputs let it keep; after
 * any change its output must be exactly what a fresh build of the same sources gives.
 */
class RebuildsTest {

    private static final String ANSWER_A = "content/cases/open-source-prize/answers/answer-a.md";
    private static final String ANSWER_B = "content/cases/open-source-prize/answers/answer-b.md";

    @TempDir
    Path work;

    private SiteFixture site;
    private SiteBuild rebuilds;

    @BeforeEach
    void buildOnce() {
        site = SiteFixture.of("minimal-case", work);
        settleAll();
        rebuilds = SiteBuild.forRebuilds(SiteFixture.VERSION, new MarkdownRenderer(new MarkdownHtmlCleaner()));
        assertEquals(fresh(), rebuild());
    }

    @AfterEach
    void close() {
        rebuilds.close();
    }

    @Test
    void anEditedAnswerIsRebuiltAsAFreshBuildWouldBuildIt() {
        site.replace(ANSWER_B, "The prize is cheaper", "The prize is far cheaper");
        Map<String, String> rebuilt = rebuild();
        assertEquals(fresh(), rebuilt);
        assertTrue(anyPageShows(rebuilt, "far cheaper"));
    }

    @Test
    void anEditWithTheSameSizeAndAnOldTimeIsStillSeen() {
        String before = site.read(ANSWER_B);
        site.replace(ANSWER_B, "The prize is cheaper", "The prize is CHEAPER");
        assertEquals(before.length(), site.read(ANSWER_B).length());
        settle(site.file(ANSWER_B), Instant.parse("2020-02-02T00:00:00Z"));
        assertTrue(anyPageShows(rebuild(), "CHEAPER"));
    }

    @Test
    void aDeletedAnswerDisappears() throws IOException {
        Files.delete(site.file(ANSWER_B));
        Map<String, String> rebuilt = rebuild();
        assertEquals(fresh(), rebuilt);
        assertFalse(anyPageShows(rebuilt, "cheaper"));
    }

    @Test
    void aProblemIsReportedOnEveryRebuildUntilItIsFixed() {
        String good = site.read(ANSWER_A);
        site.write(ANSWER_A, good.replace("questions:", "stauts: pending\nquestions:"));
        List<String> first = failedRebuild();
        assertEquals(first, failedRebuild());
        assertTrue(first.get(0).startsWith(ANSWER_A + ":"), first.get(0));
        site.write(ANSWER_A, good);
        assertEquals(fresh(), rebuild());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedOnEveryRebuild() {
        site.write(ANSWER_A, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'});
        settle(site.file(ANSWER_A), Instant.parse("2020-02-02T00:00:00Z"));
        List<String> first = failedRebuild();
        assertEquals(first, failedRebuild());
        assertTrue(first.get(0).contains("not valid UTF-8"), first.get(0));
    }

    @Test
    void aNameTypedIntoAnAnswerIsCaughtAfterCleanRebuilds() {
        site.replace(ANSWER_B, "The prize is cheaper", "As Ada Lovelace said, the prize is cheaper");
        List<String> problems = failedRebuild();
        assertEquals(List.of(ANSWER_B + ":6:4: error: the name of the student shown as \"A. L.\" appears here (the privacy"
                + " setting withholds it: leave it out or write \"A. L.\", or set privacy.studentNames: full)"), problems);
    }

    /** Whether an HTML page of the site shows {@code text} (an answer is shown in full on one page, its home). */
    private static boolean anyPageShows(Map<String, String> site, String text) {
        return site.entrySet().stream().anyMatch(page -> page.getKey().endsWith(".html") && page.getValue().contains(text));
    }

    private Map<String, String> rebuild() {
        BuildResult result = rebuilds.run(request());
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        return texts(result.files());
    }

    private List<String> failedRebuild() {
        BuildResult result = rebuilds.run(request());
        assertFalse(result.succeeded());
        return result.problems().formatLines();
    }

    private Map<String, String> fresh() {
        BuildResult result = new SiteBuild(SiteFixture.VERSION).run(request());
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        return texts(result.files());
    }

    private BuildRequest request() {
        return new BuildRequest(site.source(), site.output(), BuildOptions.studentSite(), false);
    }

    /** Each file's text by path. */
    static Map<String, String> texts(List<OutputFile> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach(f -> texts.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
        return texts;
    }

    /** Dates every source back, as files untouched for a while are: their stamps are then trusted. */
    private void settleAll() {
        try (Stream<Path> files = Files.walk(site.source())) {
            files.filter(Files::isRegularFile).forEach(f -> settle(f, Instant.parse("2020-01-01T00:00:00Z")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void settle(Path file, Instant time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
