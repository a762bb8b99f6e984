package org.casebake.cli;

import org.casebake.build.BuildCache;
import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.publish.OutputPlacement;
import org.casebake.publish.PublishGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code casebake build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site-config.yml and content/). Default: the current folder.")
    private Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site goes. Default: target/site under the source folder.")
    private Path output;

    @Option(names = "--audience", paramLabel = "WHO", description = "student (default) or instructor (adds teaching notes; never deploy it publicly).")
    private String audience = "student";

    @Option(names = "--drafts", description = "Include draft cases and comparisons.")
    private boolean drafts;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where builds keep what a later build of the same content reuses. "
            + "Default: .casebake/cache under the source folder.")
    private Path cache;

    @Option(names = "--no-cache", description = "Neither read nor write the build cache.")
    private boolean noCache;

    @Option(names = "--timings", description = "Print how long each stage took, and the CPU time spent meanwhile.")
    private boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Audience who = AudienceOption.parse(audience, spec.commandLine());
        Path target = output != null ? output : source.resolve("target").resolve("site");
        OutputPlacement.refusal(source, target).ifPresent(why -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + target + " cannot hold the site: "
                    + why + " (choose a folder outside the site's sources, such as "
                    + source.resolve("target").resolve("site") + ")");
        });
        BuildCache buildCache = buildCache(target);
        PublishGate publishing = new PublishGate();
        Thread onInterrupt = new Thread(() -> InterruptedBuild.stop(publishing, err), "casebake-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        BuildResult result;
        try {
            result = new SiteBuild(CasebakeCli.version(), publishing, buildCache)
                    .run(new BuildRequest(source, target, new BuildOptions(who, drafts), true));
        } finally {
            InterruptedBuild.forget(onInterrupt);
        }
        if (timings) {
            result.stages().forEach(s -> err.printf(Locale.ROOT, "%-15s %6d ms%s%n", s.stage(), s.millis(),
                    s.cpuMillis() < 0 ? "" : String.format(Locale.ROOT, "  %6d ms CPU", s.cpuMillis())));
        }
        return Reports.print(result, out, err, () -> String.format(Locale.ROOT, "built %d pages, %d %s, %d %s in %.1f s -> %s",
                result.pages(), result.cases(), result.cases() == 1 ? "case" : "cases", result.answers(),
                result.answers() == 1 ? "answer" : "answers", result.millis() / 1000.0, display(target)));
    }

    /** The cache this build uses; refused where it could be published or read as source. */
    private BuildCache buildCache(Path target) {
        if (noCache) {
            if (cache != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cache and --no-cache cannot be used together");
            }
            return BuildCache.none();
        }
        Path folder = cache != null ? cache : source.resolve(".casebake").resolve("cache");
        OutputPlacement.cacheRefusal(source, target, folder).ifPresent(why -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + folder + " cannot hold the build cache: "
                    + why + " (give another folder with --cache DIR, or build with --no-cache)");
        });
        return BuildCache.in(folder, BuildStamp.current().codeIdentity());
    }

    private Path display(Path target) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = target.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
