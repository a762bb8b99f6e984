package org.casebake.cli;

import org.casebake.testing.GoldenFiles;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code casebake status} on a course with every kind of unfinished curation: pending answers in two
 * cases, a rejected one, a curated answer without themes or positions in a compared case, a pending
 * answer's quote the answer does not hold, a copy of a curated answer, and a file with a problem.
 */
class StatusCommandTest {

    private static final Path FIXTURE = TestFolders.project().resolve("src/test/resources/sites/course-status");

    @Test
    void textListsPerCaseWhatIsCuratedPendingAndStillToDo() {
        CliRun run = CliRun.of("status", "--source", FIXTURE.resolve("input").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/status.txt"), run.out());
    }

    @Test
    void jsonHoldsTheSameAsOneDocument() throws Exception {
        CliRun run = CliRun.of("status", "--source", FIXTURE.resolve("input").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        GoldenFiles.assertSameText(FIXTURE.resolve("expected/status.json"), run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("status", "--source", FIXTURE.resolve("input").toString(), "--format", "yaml");
        assertEquals(2, run.exitCode());
        assertEquals("--format must be text or json, not 'yaml'", run.firstErrorLine());
    }
}
