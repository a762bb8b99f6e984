package org.casebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.casebake.authoring.CourseFiles;
import org.casebake.authoring.CourseStarter;
import org.casebake.authoring.ReleasePin;
import org.casebake.problem.Problem;
import org.casebake.source.ContentLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebake init [DIR] [--sample]}: starts a course folder that builds at once, with a fresh
 * privacy salt and a publishing workflow pinned to this Casebake's release. Never overwrites a file:
 * if any of the files it would write exists, it names them and writes nothing.
 */
@Command(name = "init", description = "Start a new course folder: settings, a draft case, a publishing workflow.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;
    @Parameters(paramLabel = "DIR", defaultValue = ".", arity = "0..1",
            description = "The new course folder (default: the current folder); created if missing.")
    Path folder;
    @Option(names = "--sample", description = "Copy the sample course (a Netflix case with fourteen answers) instead.")
    boolean sample;

    private final Clock clock;
    /** Read only when {@code init} runs: hashing the 16 MB jar cost every other command about 0.1 s at start. */
    private final Supplier<ReleasePin> pinned;

    /** A command that dates the draft case today and pins the jar it runs from. */
    public InitCommand() {
        this(Clock.systemDefaultZone(), () -> ReleasePin.ofRunningJar(CasebakeCli.version(), CasebakeCli.repository(), InitCommand.class));
    }

    /** A command with a given clock and release, for tests. */
    public InitCommand(Clock clock, ReleasePin pin) {
        this(clock, () -> pin);
    }

    private InitCommand(Clock clock, Supplier<ReleasePin> pinned) {
        this.clock = clock;
        this.pinned = pinned;
    }

    @Override
    public Integer call() {
        ReleasePin pin = pinned.get();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println(Problem.error(folder.toString().replace('\\', '/'), "this is a file, not a folder",
                    "give a new or existing folder").format());
            return CasebakeCli.USAGE;
        }
        try {
            CourseStarter starter = new CourseStarter(pin, new SecureRandom());
            CourseFiles files = sample ? starter.sample() : starter.blank(titleOf(folder), LocalDate.now(clock));
            List<String> existing = files.existingIn(folder);
            if (!existing.isEmpty()) {
                for (String name : existing) {
                    err.println(Problem.error(display(name), "the file already exists",
                            "casebake init never overwrites a file, so it wrote nothing; start in an empty folder").format());
                }
                return CasebakeCli.CONTENT_PROBLEMS;
            }
            files.writeInto(folder);
            report(out, err, files, pin);
            return 0;
        } catch (FileAlreadyExistsException e) {
            err.println(Problem.error(String.valueOf(e.getFile()), "the file appeared while casebake init was writing",
                    "it wrote nothing").format());
            return CasebakeCli.CONTENT_PROBLEMS;
        } catch (IOException e) {
            err.println(WriteFailure.problem(new ContentLayout(folder), e, "cannot write the course folder").format());
            return CasebakeCli.CONTENT_PROBLEMS;
        }
    }

    private void report(PrintWriter out, PrintWriter err, CourseFiles files, ReleasePin pin) {
        out.println("created " + (sample ? "the sample course" : "a new course") + " in " + folder + ":");
        files.files().keySet().forEach(name -> out.println("  " + name));
        String cd = folder.equals(Path.of(".")) ? "" : "cd " + folder + " && ";
        out.println("next: fill in site-config.yml, then preview with: " + cd + "java -jar <casebake.jar> serve --drafts");
        if (pin.sha256().isEmpty()) {
            err.println("warning: this Casebake does not run from a released jar, so " + CourseStarter.WORKFLOW
                    + " has no checksum; fill in CASEBAKE_SHA256 from the release page of " + pin.version());
        }
    }

    private String display(String name) {
        return folder.equals(Path.of(".")) ? name : folder.resolve(name).toString().replace('\\', '/');
    }

    /** The folder's name as the course's first title ("mgmt301"), "My course" for a root folder. */
    private static String titleOf(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "My course" : name.toString();
    }
}
