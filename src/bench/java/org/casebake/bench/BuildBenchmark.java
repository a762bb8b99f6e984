package org.casebake.bench;

import org.casebake.publish.FolderTree;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures full Casebake builds of a synthetic course: generates (or reuses) a course of N cases x M
 * answers, runs {@code java -jar casebake.jar build} as a separate process once to warm the disk cache
 * and then R times, and prints each run, the median wall time and median peak RSS, and one line to
 * paste into notes. Optionally measures a second jar the same way, interleaved, and prints the ratios.
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures full Casebake builds of a generated course of N cases x M answers.")
public final class BuildBenchmark implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", defaultValue = "20", description = "Cases in the course (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--answers", defaultValue = "30", description = "Answers per case (default: ${DEFAULT-VALUE}).")
    private int answers;

    @Option(names = "--runs", defaultValue = "5", description = "Counted runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmups", defaultValue = "1", description = "Uncounted runs first (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--seed", description = "Seed of the generated course (default: the fixed benchmark seed).")
    private long seed = SyntheticCourse.DEFAULT_SEED;

    @Option(names = "--jar", defaultValue = "target/casebake.jar", description = "The jar to measure.")
    private Path jar;

    @Option(names = "--compare-jar", description = "A second jar (for example a build of main) to measure "
            + "the same way, interleaved run by run, with the ratios printed.")
    private Path compareJar;

    @Option(names = "--java-option", description = "A JVM option for the measured build, such as -Xmx512m "
            + "(repeatable).")
    private List<String> javaOptions = new ArrayList<>();

    @Option(names = "--work", defaultValue = "target/bench", description = "Where courses are generated.")
    private Path work;

    @Option(names = "--command", description = "Measure this command instead of the build; {jar}, {source} "
            + "and {output} are replaced. For checking the benchmark itself, e.g. \"java -version\".")
    private String command;

    @Option(names = "--keep-output", description = "Build over the previous run's output instead of an empty "
            + "folder, as repeated builds do (unchanged files are then linked, not written again).")
    private boolean keepOutput;

    @Option(names = "--output-in", description = "Write the outputs into this folder instead of the course's "
            + "(for example /dev/shm, to leave the disk out of the measurement).")
    private Path outputIn;

    @Option(names = "--generate-only", description = "Generate the course, print its size and stop.")
    private boolean generateOnly;

    /** Runs the benchmark; exits 0 when every run succeeded, 1 when one failed, 2 on usage errors. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BuildBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        SyntheticCourse course = new SyntheticCourse(cases, answers, seed);
        out.printf(Locale.ROOT, "Casebake build benchmark: %d cases x %d answers, %d runs + %d warm-up%n",
                cases, answers, runs, warmups);
        long start = System.nanoTime();
        SyntheticCourseCache.PreparedCourse prepared = new SyntheticCourseCache(work).prepare(course);
        out.printf(Locale.ROOT, "course   %s (%s): %s%n", prepared.root(), prepared.reused() ? "reused"
                : String.format(Locale.ROOT, "generated in %.1f s", (System.nanoTime() - start) / 1e9),
                prepared.description());
        if (generateOnly) {
            return 0;
        }
        List<Contender> contenders = contenders(prepared.root());
        ProcessMeter meter = ProcessMeter.forThisMachine();
        contenders.forEach(c -> out.println("command  " + String.join(" ", c.command())));
        out.println("memory   peak RSS from " + describe(meter.source()));
        out.println("machine  " + MachineDescription.current());
        Path setAside = contenders.get(0).output().resolveSibling("out-set-aside");
        Optional<List<BenchmarkResult>> results;
        try {
            results = measure(contenders, meter, work.resolve(course.sizeName() + ".log"), setAside, out);
        } finally {
            FolderTree.delete(setAside);
        }
        if (results.isEmpty()) {
            return 1;
        }
        report(course, prepared, contenders, results.get(), out);
        return 0;
    }

    private void checkOptions() {
        if (cases < 1 || answers < 0 || runs < 1 || warmups < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--cases and --runs must be at least 1, --answers and --warmups at least 0");
        }
        if (command != null || generateOnly) {
            return; // a custom command may use {jar} or not, and generating a course needs no jar
        }
        for (Path candidate : jarsToMeasure()) {
            if (!Files.isRegularFile(candidate)) {
                throw new ParameterException(spec.commandLine(), "no jar at " + candidate
                        + " (build it with: mvn -q -DskipTests package)");
            }
        }
    }

    private List<Path> jarsToMeasure() {
        return compareJar == null ? List.of(jar) : List.of(jar, compareJar);
    }

    /** One command to measure: which jar, the full command line, and the output folder it writes. */
    private record Contender(String label, List<String> command, Path output) {
    }

    private List<Contender> contenders(Path source) {
        List<Contender> contenders = new ArrayList<>();
        List<Path> jars = jarsToMeasure();
        for (int i = 0; i < jars.size(); i++) {
            Path output = (outputIn == null ? source : outputIn.resolve(source.getFileName() + "-bench"))
                    .resolve(i == 0 ? "out" : "out-compare");
            contenders.add(new Contender(jars.get(i).toString(), commandFor(jars.get(i), source, output), output));
        }
        return contenders;
    }

    private List<String> commandFor(Path jarPath, Path source, Path output) {
        if (command != null) {
            return Arrays.stream(command.strip().split("\\s+"))
                    .map(word -> word.replace("{jar}", jarPath.toString()).replace("{source}", source.toString())
                            .replace("{output}", output.toString()))
                    .toList();
        }
        List<String> full = new ArrayList<>();
        full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        full.addAll(javaOptions);
        full.addAll(List.of("-jar", jarPath.toString(), "build", "--source", source.toString(),
                "--output", output.toString()));
        return full;
    }

    /**
     * Runs warm-ups then counted runs, contenders interleaved, each round starting with the next
     * contender ({@link #order}); empty when a run failed.
     */
    private Optional<List<BenchmarkResult>> measure(List<Contender> contenders, ProcessMeter meter, Path log,
            Path setAside, PrintWriter out) throws IOException, InterruptedException {
        List<List<RunMeasurement>> counted = new ArrayList<>();
        contenders.forEach(c -> counted.add(new ArrayList<>()));
        for (int round = 0; round < warmups + runs; round++) {
            String name = round < warmups ? "warm-up" : "run " + (round - warmups + 1) + "/" + runs;
            for (int i : order(round, contenders.size())) {
                String label = contenders.size() > 1 ? name + " [" + contenders.get(i).label() + "]" : name;
                if (!keepOutput) {
                    setAside(contenders.get(i).output(), setAside.resolve(round + "-" + i));
                }
                Optional<RunMeasurement> run = runOnce(contenders.get(i), label, meter, log, out);
                if (run.isEmpty()) {
                    return Optional.empty();
                }
                if (round >= warmups) {
                    counted.get(i).add(run.get());
                }
            }
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            results.add(new BenchmarkResult(contenders.get(i).label(), counted.get(i)));
        }
        return Optional.of(results);
    }

    /**
     * The order in which the contenders run in a round: each round starts one further on, so with two
     * jars each runs first in every other round. On the development machine a run's place in its pair
     * moved its time by 3 % in one hour (the same jar first every time: x1.03 for either jar against the
     * other) and by a third in the next (the first of each pair the faster), so a fixed order measured
     * the place as much as the jar.
     */
    static List<Integer> order(int round, int contenders) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < contenders; k++) {
            order.add((round + k) % contenders);
        }
        return order;
    }

    /**
     * Moves the previous run's output out of the way, so the next run writes the whole site into an
     * empty folder, as a build in a fresh clone does. It is deleted only after the last run:
     * deleting thousands of files just before a run slowed that run's file creation by about two
     * seconds on the development machine (the file system was still releasing the deleted blocks),
     * which a fresh clone never pays.
     */
    private static void setAside(Path output, Path aside) throws IOException {
        if (Files.exists(output)) {
            Files.createDirectories(aside.getParent());
            Files.move(output, aside);
        }
    }

    /** One clean build, printed as one line; empty (with the reason printed) when it failed. */
    private static Optional<RunMeasurement> runOnce(Contender contender, String label, ProcessMeter meter, Path log,
            PrintWriter out) throws IOException, InterruptedException {
        RunMeasurement run;
        try {
            run = meter.run(contender.command(), log);
        } catch (IOException notStarted) {
            out.println("FAILED   could not run " + contender.command().get(0) + ": " + notStarted.getMessage());
            return Optional.empty();
        }
        out.printf(Locale.ROOT, "%-8s %s | %s%n", label, BenchmarkResult.describe(run), run.lastLine());
        if (!run.succeeded()) {
            printFailure(run, log, out);
            return Optional.empty();
        }
        return Optional.of(run);
    }

    private static void printFailure(RunMeasurement run, Path log, PrintWriter out) throws IOException {
        List<String> lines = ProcessMeter.readLog(log);
        out.println("FAILED   exit code " + run.exitCode() + "; last lines of " + log + ":");
        lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(line -> out.println("  " + line));
    }

    private void report(SyntheticCourse course, SyntheticCourseCache.PreparedCourse prepared,
            List<Contender> contenders, List<BenchmarkResult> results, PrintWriter out) throws IOException {
        SiteTally tally = SiteTally.of(contenders.get(0).output());
        out.println("output   " + tally.describe() + " in " + contenders.get(0).output());
        BenchmarkResult main = results.get(0);
        out.println("median   " + main.describeMedians());
        StringBuilder notes = new StringBuilder(String.format(Locale.ROOT,
                "casebake build %s (%.1f MB Markdown, %d HTML pages)%s: median %s over %d runs (+%d warm-up); %s",
                course.sizeName(), prepared.markdownBytes() / 1e6, tally.htmlPages(),
                keepOutput ? " over the previous output" : " into an empty folder", main.describeMedians(),
                runs, warmups, MachineDescription.current()));
        if (results.size() > 1) {
            BenchmarkResult other = results.get(1);
            out.println("compare  " + other.label() + ": median " + other.describeMedians());
            String ratios = String.format(Locale.ROOT, "%s / %s: time x%.2f, CPU %s, memory %s", main.label(),
                    other.label(), main.medianWallSeconds() / other.medianWallSeconds(),
                    ratio(main.medianCpuSeconds(), other.medianCpuSeconds()),
                    ratio(main.medianPeakRssMiB(), other.medianPeakRssMiB()));
            out.println("ratio    " + ratios);
            notes.append("; ").append(ratios);
        }
        out.println("notes    " + notes);
    }

    /** "x0.93", or "unmeasured" when either figure is unknown. */
    static String ratio(double measured, double compared) {
        return measured < 0 || compared <= 0 ? "unmeasured" : String.format(Locale.ROOT, "x%.2f", measured / compared);
    }

    private static String describe(ProcessMeter.PeakMemorySource source) {
        return switch (source) {
            case GNU_TIME -> "GNU time (" + ProcessMeter.GNU_TIME + " -f %M)";
            case PROC_STATUS -> "polling VmHWM in /proc/<pid>/status (GNU time not found)";
            case NONE -> "nowhere: neither GNU time nor /proc is available";
        };
    }
}
