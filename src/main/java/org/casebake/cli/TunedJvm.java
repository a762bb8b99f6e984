package org.casebake.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a one-shot command ({@code build}, {@code check}) in a JVM tuned for one short, busy run.
 *
 * <p>A plain {@code java -jar} on a large machine gets the server JIT and a heap sized for a
 * long-lived service. A build lasts seconds: on a 200 x 50 course the optimising compiler spent
 * about as much CPU as the build itself, and the collector let the heap grow past a gigabyte.
 * With the quick compiler only and a parallel collector told to keep little free heap, the same
 * build measured 13.6 s and 700 MiB peak against 14.3 s and 1,265 MiB (medians of three,
 * {@code bench/run 200 50}). Since a build streams its pages to disk, what stays live is the model
 * and the search index, and the young generation (left to itself, several hundred megabytes)
 * was most of the rest: capped at 128 MiB, an 800 x 50 course peaked at 928 MiB instead of
 * 1,203 MiB and took no longer. Only the young generation is capped; the heap as a whole still
 * grows as a large course needs. JVM options cannot be set from inside a jar, so the command re-runs
 * itself once with them. It does not when the caller chose JVM options of their own, when
 * {@code CASEBAKE_NO_RELAUNCH} is set, or for {@code serve}, which lives long enough to profit
 * from the optimising compiler. The re-run JVM also maps Casebake's classes from a
 * {@link ClassDataArchive} kept beside the jar, which took the sample's build from 2.0 s to 1.6 s
 * (medians of six interleaved pairs on a busy 2-core machine).
 *
 * <p>Ctrl-C or a SIGTERM to this JVM reaches the re-run one: a shutdown hook ends the child (which
 * then stops its own build as {@link InterruptedBuild} says) and waits for it, so no build goes on
 * publishing after the command that started it was stopped.
 */
final class TunedJvm {

    /** Set in the re-run JVM, so it does not re-run again. */
    static final String MARKER = "casebake.tunedJvm";

    private static final Set<String> ONE_SHOT_COMMANDS = Set.of("build", "check");
    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:GCTimeRatio=19", "-XX:MaxNewSize=128m");

    private TunedJvm() {
    }

    /** Re-runs {@code args} in a tuned JVM when that helps; the exit code, or empty to run here. */
    static Optional<Integer> rerun(String[] args) {
        if (args.length == 0 || !ONE_SHOT_COMMANDS.contains(args[0]) || System.getProperty(MARKER) != null
                || System.getenv("CASEBAKE_NO_RELAUNCH") != null
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return Optional.empty();
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        String classPath = System.getProperty("java.class.path");
        Optional<ClassDataArchive> archive = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                ? ClassDataArchive.forJar(Path.of(classPath), javaHome) : Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(OPTIONS);
        archive.ifPresent(a -> command.addAll(a.options()));
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(CasebakeCli.class.getName());
        command.addAll(List.of(args));
        RelaunchedChild child = new RelaunchedChild(new ProcessBuilder(command).inheritIO(), archive);
        Thread forward = new Thread(child::stop, "casebake-forward-signal");
        Runtime.getRuntime().addShutdownHook(forward);
        try {
            Optional<Integer> exit = child.run();
            InterruptedBuild.forget(forward);
            return exit;
        } catch (IOException e) {
            InterruptedBuild.forget(forward);
            return Optional.empty(); // no java binary to start: build in this JVM, just untuned
        }
    }
}
