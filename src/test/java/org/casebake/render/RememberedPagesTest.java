package org.casebake.render;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.BuildOptions;
import org.casebake.model.OutputFile;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A renderer kept from build to build ({@code casebake serve}) reuses the bytes of pages whose
 * template and data did not change. Its builds must give exactly the files a fresh build gives, and
 * a page whose data changed must be rendered again.
 */
class RememberedPagesTest {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "sites", "comparison-sample", "input");
    private static final String ANSWERS = "content/cases/netflix-oss-prize/answers/";
    private static final String QUESTION_PAGE = "cases/netflix-oss-prize/questions/q1/index.html";
    private static final String NEW_OPENING = "Rewritten opening sentence about prize money. ";

    @TempDir
    Path site;

    @Test
    void keptRendererGivesTheFilesOfAFreshBuildAfterAnAnswerChanges() throws IOException {
        copyFixture();
        try (SiteBuild kept = SiteBuild.forRebuilds("test", new MarkdownRenderer(new MarkdownHtmlCleaner()))) {
            withoutQuotes("answer-01.md");
            BuildResult before = build(kept);
            rewriteOpening("answer-01.md");
            BuildResult after = build(kept);
            assertSameFiles(fresh(), after);
            assertTrue(answerText(after, QUESTION_PAGE).contains(NEW_OPENING.strip()),
                    "the question page shows the changed answer");
            assertFalse(answerText(before, QUESTION_PAGE).contains(NEW_OPENING.strip()));
            assertTrue(pageText(after, "comparisons/open-source-vs-in-house/index.html").contains("Rewritten opening"),
                    "the comparison page quotes the changed answer's new excerpt");
        }
    }

    @Test
    void keptRendererGivesTheFilesOfAFreshBuildAfterAnAnswerIsDeleted() throws IOException {
        copyFixture();
        try (SiteBuild kept = SiteBuild.forRebuilds("test", new MarkdownRenderer(new MarkdownHtmlCleaner()))) {
            BuildResult before = build(kept);
            Files.delete(site.resolve(ANSWERS + "answer-02.md"));
            BuildResult after = build(kept);
            assertSameFiles(fresh(), after);
            assertEquals(page(before, QUESTION_PAGE).select("article.answer").size() - 1,
                    page(after, QUESTION_PAGE).select("article.answer").size(), "the question page no longer shows the answer");
        }
    }

    @Test
    void unchangedSiteGivesTheSameFilesAgain() throws IOException {
        copyFixture();
        try (SiteBuild kept = SiteBuild.forRebuilds("test", new MarkdownRenderer(new MarkdownHtmlCleaner()))) {
            build(kept);
            assertSameFiles(fresh(), build(kept));
        }
    }

    @Test
    void aTemplateErrorIsReportedAgainOnTheNextBuild() throws IOException {
        copyFixture();
        Files.writeString(site.resolve("templates/question.ftl"), "<#ftl output_format=\"HTML\">\n${question.promt}\n");
        try (SiteBuild kept = SiteBuild.forRebuilds("test", new MarkdownRenderer(new MarkdownHtmlCleaner()))) {
            BuildResult first = build(kept);
            BuildResult second = build(kept);
            assertFalse(first.succeeded());
            assertEquals(first.problems().formatLines(), second.problems().formatLines());
        }
    }

    private void copyFixture() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = site.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    /** Positions without a quote show the answer's opening on the comparison page, which the test then changes. */
    private void withoutQuotes(String answer) throws IOException {
        Path file = site.resolve(ANSWERS + answer);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceAll(",\\s*quote: \"[^\"]*\"}", "}"));
    }

    private void rewriteOpening(String answer) throws IOException {
        Path file = site.resolve(ANSWERS + answer);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int body = text.indexOf("\n---\n") + "\n---\n".length();
        Files.writeString(file, text.substring(0, body) + "\n" + NEW_OPENING + text.substring(body).stripLeading());
    }

    private BuildResult build(SiteBuild build) {
        return build.run(new BuildRequest(site, site.resolve("target/site"), BuildOptions.studentSite(), false));
    }

    private BuildResult fresh() {
        try (SiteBuild fresh = new SiteBuild("test")) {
            BuildResult result = build(fresh);
            assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
            return result;
        }
    }

    private static void assertSameFiles(BuildResult expected, BuildResult actual) {
        assertTrue(actual.succeeded(), () -> String.join("\n", actual.problems().formatLines()));
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()));
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
    }

    private static Map<String, byte[]> files(BuildResult result) {
        Map<String, byte[]> files = new TreeMap<>();
        for (OutputFile f : result.files()) {
            files.put(f.path(), f.bytes());
        }
        return files;
    }

    private static Document page(BuildResult result, String path) {
        return Jsoup.parse(new String(files(result).get(path), StandardCharsets.UTF_8));
    }

    private static String pageText(BuildResult result, String path) {
        return page(result, path).select("main").text();
    }

    private static String answerText(BuildResult result, String path) {
        return page(result, path).select("article.answer .answer-body").text();
    }
}
