package org.casebake.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code casebake} command itself: its version, its help, and how it treats a wrong command line. */
class CasebakeCommandTest {

    @Test
    void versionPrintsTheReleaseNumberAndTheCommitItWasBuiltFrom() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("Casebake \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{40}|unknown)"
                + "(, with uncommitted changes)?\\)\n"), run.out());
        assertTrue(CasebakeCli.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                "the version comes from the build, not the fallback: " + CasebakeCli.version());
        assertEquals("", run.err());
    }

    @Test
    void aBuildWithoutGitSaysTheCommitIsUnknown() {
        // What Maven writes when the sources come from an archive: the placeholders stay unfilled.
        Properties unfilled = new Properties();
        unfilled.setProperty("version", "1.2.3");
        unfilled.setProperty("commit", "${casebake.commit}");
        unfilled.setProperty("repository", "${casebake.repository}");
        BuildStamp stamp = BuildStamp.of(unfilled);
        assertEquals("Casebake 1.2.3 (commit unknown)", stamp.describe());
        assertEquals("casebake/casebake", stamp.repository());
    }

    @Test
    void aBuildWhereGitFailedSaysTheCommitIsUnknown() {
        Properties empty = new Properties();
        empty.setProperty("version", "1.2.3");
        empty.setProperty("commit", "");
        assertEquals("Casebake 1.2.3 (commit unknown)", BuildStamp.of(empty).describe());
    }

    @Test
    void aBuildFromAChangedWorkTreeSaysSo() {
        Properties filled = new Properties();
        filled.setProperty("version", "1.2.3");
        filled.setProperty("commit", "0123456789abcdef0123456789abcdef01234567+");
        assertEquals("Casebake 1.2.3 (commit 0123456789abcdef0123456789abcdef01234567, with uncommitted changes)",
                BuildStamp.of(filled).describe());
    }

    @Test
    void helpListsEveryCommandWithWhatItDoes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertEquals("Usage: casebake [-hV] [COMMAND]", run.out().lines().findFirst().orElseThrow());
        List<String> commands = run.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .filter(l -> l.matches("  \\S.*")).map(l -> l.strip().split("\\s+")[0]).toList();
        assertEquals(List.of("init", "build", "check", "status", "serve", "new", "import", "import-blog"), commands);
    }

    @Test
    void withoutACommandItPrintsTheHelp() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode());
        assertEquals(CliRun.of("--help").out(), run.out());
    }

    @Test
    void buildHelpListsItsOptions() {
        CliRun run = CliRun.of("build", "--help");
        assertEquals(0, run.exitCode());
        List<String> options = run.out().lines().filter(l -> l.matches("\\s+(-\\w, )?--\\w.*"))
                .map(l -> l.strip().replaceFirst("^-\\w, ", "").split("[=\\s]")[0]).toList();
        assertEquals(List.of("--audience", "--cache", "--drafts", "--help", "--no-cache", "--output", "--source", "--timings",
                "--version"), options);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        CliRun run = CliRun.of("build", "--colour");
        assertEquals(2, run.exitCode());
        assertEquals("Unknown option: '--colour'", run.firstErrorLine());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        CliRun run = CliRun.of("publish");
        assertEquals(2, run.exitCode());
        assertEquals("Unmatched argument at index 0: 'publish'", run.firstErrorLine());
    }
}
