package org.casebake.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.casebake.authoring.ReleasePin;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake init}: a new course folder that builds at once, with a fresh salt and a workflow
 * pinned to a release; the sample on request; and never a file overwritten.
 */
class InitCommandTest {

    private static final Clock MARCH_THIRD = Clock.fixed(Instant.parse("2025-03-03T09:30:00Z"), ZoneOffset.UTC);
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final ReleasePin PIN = new ReleasePin("1.2.3", "example-org/casebake", Optional.of(SHA));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path work;

    @Test
    void initWritesANewCourseIntoAnEmptyFolderAndItBuildsAtOnce() throws IOException {
        Path course = work.resolve("mgmt301");
        CliRun init = init(course.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("", init.err());
        assertEquals(List.of(".github/workflows/pages.yml", ".gitignore", "README.md", "content/cases/first-case/index.md",
                "site-config.yml"), files(course));
        assertTrue(init.out().startsWith("created a new course in " + course + ":\n  .github/workflows/pages.yml\n"), init.out());

        JsonNode config = YAML.readTree(course.resolve("site-config.yml").toFile());
        assertEquals("mgmt301", config.path("title").asText());
        assertEquals("initials", config.path("privacy").path("studentNames").asText());
        assertTrue(config.path("privacy").path("salt").asText().matches("[A-Za-z0-9_-]{32}"), config.toString());
        assertEquals(List.of("code", "instructor", "name", "term"), sortedFields(config.path("course")));
        JsonNode draft = YAML.readTree(frontMatter(course.resolve("content/cases/first-case/index.md")));
        assertEquals("draft", draft.path("status").asText());
        assertEquals("2025-03-03", draft.path("date").asText());

        CliRun build = CliRun.of("build", "--source", course.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(course.resolve("target/site/index.html")));
        assertFalse(Files.exists(course.resolve("target/site/cases/first-case")), "the draft case stays off the student site");
        CliRun drafts = CliRun.of("build", "--source", course.toString(), "--drafts", "--output", work.resolve("drafts").toString());
        assertEquals(0, drafts.exitCode(), drafts.err());
        assertTrue(Files.isRegularFile(work.resolve("drafts/cases/first-case/index.html")));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneProblemLine() throws IOException {
        Path file = Files.writeString(work.resolve("notes.txt"), "not a folder");
        CliRun init = init(file.toString());
        assertEquals(2, init.exitCode());
        assertEquals(file.toString().replace('\\', '/') + ":1:1: error: this is a file, not a folder"
                + " (give a new or existing folder)\n", init.err().replace("\r\n", "\n"));
    }

    @Test
    void everyCourseGetsItsOwnRandomSalt() throws IOException {
        assertEquals(0, init(work.resolve("a").toString()).exitCode());
        assertEquals(0, init(work.resolve("b").toString()).exitCode());
        assertNotEquals(salt(work.resolve("a")), salt(work.resolve("b")));
    }

    @Test
    void theWorkflowDownloadsThePinnedReleaseAndVerifiesItsChecksum() throws IOException {
        Path course = work.resolve("course");
        assertEquals(0, init(course.toString()).exitCode());
        JsonNode workflow = YAML.readTree(course.resolve(".github/workflows/pages.yml").toFile());
        assertEquals("1.2.3", workflow.path("env").path("CASEBAKE_VERSION").asText());
        assertEquals(SHA, workflow.path("env").path("CASEBAKE_SHA256").asText());
        assertEquals("https://github.com/example-org/casebake/releases/download/v1.2.3/casebake-1.2.3.jar",
                workflow.path("env").path("CASEBAKE_URL").asText());
        String steps = workflow.path("jobs").path("build").path("steps").toString();
        assertTrue(steps.contains("sha256sum --check --strict"), steps);
        assertTrue(steps.contains("actions/cache@"), steps);
        assertFalse(steps.contains("mvn"), "the course repository never builds Casebake");
        String readme = Files.readString(course.resolve("README.md"));
        assertTrue(readme.startsWith("# course\n"), readme);
        assertTrue(readme.contains("https://github.com/example-org/casebake/releases/tag/v1.2.3"), readme);
    }

    @Test
    void theSampleIsTheNetflixCourseWithAFreshSaltAndBuildsAtOnce() throws IOException {
        Path course = work.resolve("sample");
        CliRun init = init(course.toString(), "--sample");
        assertEquals(0, init.exitCode(), init.err());
        Path repository = TestFolders.project();
        List<String> expected = Stream.concat(files(repository.resolve("content")).stream().map(f -> "content/" + f),
                Stream.of(".github/workflows/pages.yml", ".gitignore", "README.md", "site-config.yml")).sorted().toList();
        assertEquals(expected, files(course));
        assertEquals(Files.readString(repository.resolve("content/cases/netflix-oss-prize/answers/answer-14.md")),
                Files.readString(course.resolve("content/cases/netflix-oss-prize/answers/answer-14.md")));
        String salt = salt(course);
        assertNotEquals("mgmt301-fall-2026", salt);
        assertTrue(salt.matches("[A-Za-z0-9_-]{32}"), salt);

        CliRun build = CliRun.of("build", "--source", course.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().startsWith("built "), build.out());
        assertTrue(build.out().contains(", 1 case, 14 answers in "), build.out());
    }

    @Test
    void initRefusesAFolderWhereOneOfItsFilesExistsAndWritesNothing() throws IOException {
        Path course = work.resolve("course");
        Files.createDirectories(course);
        Files.writeString(course.resolve("README.md"), "ours\n");
        CliRun init = init(course.toString());
        assertEquals(1, init.exitCode());
        assertEquals(course.toString().replace('\\', '/') + "/README.md:1:1: error: the file already exists (casebake init never"
                + " overwrites a file, so it wrote nothing; start in an empty folder)\n", init.err());
        assertEquals("", init.out());
        assertEquals(List.of("README.md"), files(course));
        assertEquals("ours\n", Files.readString(course.resolve("README.md")));
    }

    @Test
    void initNamesEveryFileThatExistsAlready() throws IOException {
        Path course = work.resolve("course");
        Files.createDirectories(course.resolve("content/cases/first-case"));
        Files.writeString(course.resolve("content/cases/first-case/index.md"), "mine\n");
        Files.writeString(course.resolve("site-config.yml"), "mine\n");
        CliRun init = init(course.toString());
        assertEquals(1, init.exitCode());
        assertEquals(List.of(course + "/content/cases/first-case/index.md:1:1: error: the file already exists",
                course + "/site-config.yml:1:1: error: the file already exists"),
                init.err().lines().map(l -> l.substring(0, l.indexOf(" ("))).toList());
        assertEquals(List.of("content/cases/first-case/index.md", "site-config.yml"), files(course));
    }

    @Test
    void initFromTheCommandLineWarnsWhenItCannotPinItsOwnJar() throws IOException {
        // The tests run from the class folder, not a released jar: the workflow's checksum is a
        // placeholder that sha256sum refuses, and init says so.
        Path course = work.resolve("course");
        CliRun init = CliRun.of("init", course.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.err().startsWith("warning: this Casebake does not run from a released jar"), init.err());
        JsonNode workflow = YAML.readTree(course.resolve(".github/workflows/pages.yml").toFile());
        assertEquals(ReleasePin.UNKNOWN_SHA256, workflow.path("env").path("CASEBAKE_SHA256").asText());
    }

    private static CliRun init(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new InitCommand(MARCH_THIRD, PIN));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static String salt(Path course) throws IOException {
        return YAML.readTree(course.resolve("site-config.yml").toFile()).path("privacy").path("salt").asText();
    }

    private static List<String> sortedFields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    private static String frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        return text.substring(4, text.indexOf("\n---\n", 4));
    }
}
