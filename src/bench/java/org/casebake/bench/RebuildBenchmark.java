package org.casebake.bench;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.BuildOptions;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.source.SourceChanges;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rebuilds of {@code casebake serve}, without the watcher and the server: one build of a course
 * in a JVM kept for rebuilds, then a rebuild after each edit of one answer (a line appended to it,
 * the same answer each time), each timed with its stages and the process's CPU time. Prints every
 * rebuild and the medians of those after the warm-up (the first rebuilds run while the optimising
 * compiler is still at work). The answer is restored at the end. Used by {@code bench/rebuilds}.
 * Each rebuild is told that the answer changed, as the preview's watcher tells it (a jar from before
 * builds could be told so lists every folder, as its preview did).
 *
 * <pre>java -cp casebake-bench.jar:casebake.jar org.casebake.bench.RebuildBenchmark COURSE REBUILDS WARM-UP</pre>
 */
public final class RebuildBenchmark {

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RebuildBenchmark COURSE REBUILDS WARM-UP");
            System.exit(2);
        }
        int code = run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), System.out);
        System.exit(code);
    }

    /** {@code request}, told that {@code path} alone changed; as it is for a jar that cannot be told. */
    private static BuildRequest after(BuildRequest request, String path) {
        try {
            return request.after(SourceChanges.exactly(Set.of(path)));
        } catch (LinkageError olderJar) {
            return request;
        }
    }

    /** Runs the benchmark on {@code course}; 0, or 1 when a build failed. */
    static int run(Path course, int rebuilds, int warmUp, PrintStream out) throws IOException {
        Path answer = firstAnswer(course);
        String original = Files.readString(answer);
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        BuildRequest request = new BuildRequest(course, course.resolve("target").resolve("site"),
                BuildOptions.studentSite(), false);
        BuildRequest afterEdit = after(request, course.relativize(answer).toString().replace('\\', '/'));
        try (SiteBuild build = SiteBuild.forRebuilds("bench", new MarkdownRenderer(new MarkdownHtmlCleaner()))) {
            for (int n = 0; n <= rebuilds; n++) {
                if (n > 0) {
                    Files.writeString(answer, original + "\nEdit number " + n + ".\n");
                }
                long cpuBefore = cpuMillis();
                long start = System.nanoTime();
                BuildResult result = build.run(n == 0 ? request : afterEdit);
                long wall = (System.nanoTime() - start) / 1_000_000;
                long cpu = cpuMillis() - cpuBefore;
                if (!result.succeeded()) {
                    out.println("build " + n + " failed:");
                    result.problems().formatLines().forEach(out::println);
                    return 1;
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %2d  %5d ms wall %6d ms CPU |",
                        n == 0 ? "build  " : "rebuild", n, wall, cpu));
                result.stages().forEach(s -> line.append(' ').append(s.stage()).append(' ').append(s.millis()));
                out.println(line);
                if (n > warmUp) {
                    walls.add(wall);
                    cpus.add(cpu);
                    result.stages().forEach(s -> stages.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s.millis()));
                }
            }
        } finally {
            Files.writeString(answer, original);
        }
        if (!walls.isEmpty()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "median of rebuilds %d to %d (%s changed each time): %d ms wall, %d ms CPU |", warmUp + 1, rebuilds,
                    course.relativize(answer).toString().replace('\\', '/'), median(walls), median(cpus)));
            stages.forEach((stage, times) -> line.append(' ').append(stage).append(' ').append(median(times)));
            out.println(line);
        }
        return 0;
    }

    private static Path firstAnswer(Path course) throws IOException {
        try (Stream<Path> files = Files.walk(course.resolve("content").resolve("cases"))) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("answers"))
                    .filter(p -> p.getFileName().toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no answer under " + course.resolve("content/cases")));
        }
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
