package org.casebake.cli;

import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake build}: exit 0 with one summary line, exit 1 with every problem when the content is
 * wrong, exit 2 when the command line is.
 */
class BuildCommandTest {

    @TempDir
    Path work;

    @Test
    void aGoodBuildExitsWithZeroAndPrintsOneSummaryLine() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(0, run.exitCode(), run.err());
        String summary = "built 6 pages, 1 case, 2 answers in \\d+\\.\\d s -> " + Pattern.quote(shown(site.output())) + "\n";
        assertTrue(run.out().matches(summary), run.out());
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(site.output().resolve("index.html")));
    }

    @Test
    void theSummaryCountsPagesCasesAndAnswersInThePlural() {
        SiteFixture site = SiteFixture.of("sub-path-links", work);
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("built 9 pages, 1 case, 2 answers in "), run.out());
    }

    @Test
    void withoutOutputTheSiteGoesToTargetSiteInTheSourceFolder() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        CliRun run = CliRun.of("build", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(site.source().resolve("target/site/index.html")));
        assertTrue(run.out().endsWith(" -> " + shown(site.source().resolve("target/site")) + "\n"), run.out());
    }

    @Test
    void instructorAudienceAddsTheTeachingNotes() {
        SiteFixture site = SiteFixture.of("instructor-audience", work);
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString(),
                "--audience", "instructor");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(site.site().has("cases/open-source-prize/teaching-notes/index.html"));
    }

    @Test
    void contentProblemsExitWithOneAndListEveryProblem() {
        Path fixture = TestFolders.testResource("problems/duplicate-question-ids");
        SiteFixture site = SiteFixture.copyOf(fixture.resolve("input"), work);
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(1, run.exitCode());
        assertEquals(FileTree.readText(fixture.resolve("expected.txt")) + "1 error; nothing was written\n", run.err());
        assertEquals("", run.out());
        assertTrue(Files.notExists(site.output()));
    }

    @Test
    void severalErrorsAreCountedInTheLastLine() {
        SiteFixture site = SiteFixture.copyOf(TestFolders.testResource("problems/duplicate-question-ids/input"), work);
        site.write("content/cases/open-source-prize/answers/answer-b.md", "");
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(1, run.exitCode());
        assertEquals("2 errors; nothing was written", run.err().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void anUnknownAudienceIsAUsageErrorWithExitCodeTwo() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        CliRun run = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString(),
                "--audience", "teacher");
        assertEquals(2, run.exitCode());
        assertEquals("--audience must be student or instructor, not 'teacher'", run.firstErrorLine());
        assertEquals("", run.out());
        assertTrue(Files.notExists(site.output()), "nothing is built after a usage error");
    }

    /** How the summary shows a folder: relative to the working folder when inside it, else absolute. */
    private static String shown(Path folder) {
        Path cwd = Path.of("").toAbsolutePath();
        return folder.startsWith(cwd) ? cwd.relativize(folder).toString() : folder.toString();
    }

    @Test
    void aMissingSourceFolderIsReportedNotThrown() {
        CliRun run = CliRun.of("build", "--source", work.resolve("nowhere").toString(),
                "--output", work.resolve("site").toString());
        assertEquals(1, run.exitCode());
        assertEquals("site-config.yml:1:1: error: missing site configuration (create site-config.yml in "
                + work.resolve("nowhere") + " with at least title and baseUrl)", run.firstErrorLine());
    }
}
