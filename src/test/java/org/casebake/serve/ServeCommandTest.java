package org.casebake.serve;

import org.casebake.cli.CasebakeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line checks its options before it builds or opens a port. */
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void unknownAudienceIsAUsageError() {
        assertEquals(new Run(2, "--audience must be student or instructor, not 'teachers'"),
                run("serve", "--source", temp.toString(), "--audience", "teachers"));
    }

    @Test
    void portOutsideTheRangeIsAUsageError() {
        assertEquals(new Run(2, "--port must be between 0 and 65535, not 70000"),
                run("serve", "--source", temp.toString(), "--port", "70000"));
    }

    @Test
    void missingSourceFolderIsAUsageError() {
        Path missing = temp.resolve("missing");
        assertEquals(new Run(2, "--source " + missing + " is not a folder"), run("serve", "--source", missing.toString()));
    }

    private static Run run(String... args) {
        CommandLine cli = CasebakeCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(args);
        return new Run(code, err.toString().lines().findFirst().orElse(""));
    }

    private record Run(int exitCode, String firstErrorLine) {
    }
}
