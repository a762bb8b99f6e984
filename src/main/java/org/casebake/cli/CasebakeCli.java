package org.casebake.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;


/**
 * The {@code casebake} command: {@code build}, {@code check} and the authoring commands.
 * Exit codes: 0 success, 1 content problems, 2 usage errors.
 */
@Command(name = "casebake", mixinStandardHelpOptions = true, versionProvider = CasebakeCli.Version.class,
        description = "Builds a searchable static teaching site from Markdown cases, questions and curated student answers.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, StatusCommand.class, ServeCommand.class,
                NewCommand.class,
                ImportCommand.class, ImportBlogCommand.class})
public final class CasebakeCli implements Runnable {

    /** Exit code for content problems. */
    public static final int CONTENT_PROBLEMS = 1;
    /** Exit code for a wrong command line. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(TunedJvm.rerun(args).orElseGet(() -> commandLine().execute(args)));
    }

    /** The configured command line, for tests that run it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CasebakeCli());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("casebake: internal error: " + e + " (please report this with the command you ran)");
            return 3;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Casebake's version, from the build. */
    public static String version() {
        return BuildStamp.current().version();
    }

    /** The GitHub repository ({@code owner/name}) whose releases publish this Casebake. */
    public static String repository() {
        return BuildStamp.current().repository();
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildStamp.current().describe()};
        }
    }
}
