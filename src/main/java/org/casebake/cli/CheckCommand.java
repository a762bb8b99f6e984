package org.casebake.cli;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code casebake check}: runs every stage but publish and prints every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the site without writing it.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder. Default: the current folder.")
    private Path source = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), github (Actions annotations) or json.")
    private String format = "text";

    @Override
    public Integer call() {
        ProblemFormat chosen = ProblemFormat.parse(format)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be text, github or json, not '" + format + "'"));
        // Check as instructors with drafts, so problems in every file are found.
        BuildResult result = new SiteBuild(CasebakeCli.version())
                .run(new BuildRequest(source, source.resolve("target").resolve("site"),
                        new BuildOptions(Audience.INSTRUCTOR, true), false, true));
        if (chosen != ProblemFormat.TEXT) {
            spec.commandLine().getOut().print(chosen.render(result.problems(), ProblemFormat.repositoryPrefix(source)));
            spec.commandLine().getOut().flush();
            return result.succeeded() ? 0 : CasebakeCli.CONTENT_PROBLEMS;
        }
        return Reports.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(),
                () -> String.format(Locale.ROOT, "checked %d %s, %d %s: no problems", result.cases(),
                        result.cases() == 1 ? "case" : "cases", result.answers(), result.answers() == 1 ? "answer" : "answers"));
    }
}
