package org.casebake.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code casebake} command in this JVM: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code casebake <args>} as the jar's main method would, without exiting the JVM. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CasebakeCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The first line of standard error. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
