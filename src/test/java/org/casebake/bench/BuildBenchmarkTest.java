package org.casebake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BuildBenchmarkTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;

    @Test
    void measuresEachCountedRunAfterTheWarmUpAndPrintsMediansAndANotesLine() {
        Outcome outcome = benchmark("--cases", "2", "--answers", "3", "--runs", "3", "--command", JAVA + " -version");

        assertEquals(0, outcome.exitCode(), outcome.text());
        List<String> heads = outcome.lines().stream().map(line -> line.split("\\s+")[0]).toList();
        assertEquals(List.of("Casebake", "course", "command", "memory", "machine", "warm-up", "run", "run", "run",
                "output", "median", "notes"), heads);
        assertTrue(outcome.lines().get(1).contains("(generated in "), outcome.lines().get(1));
        assertTrue(outcome.lines().get(6).startsWith("run 1/3  "), outcome.lines().get(6));
        assertTrue(outcome.lines().get(6).matches(".* s wall, \\d+\\.\\d\\d s CPU, \\d+ MiB peak RSS \\| .*VM.*"), outcome.lines().get(6));
        assertTrue(outcome.lines().get(11).startsWith("notes    casebake build 2x3 ("), outcome.lines().get(11));
    }

    @Test
    void ratiosAreWrittenToTwoPlacesAndUnmeasuredWhenEitherFigureIsMissing() {
        assertEquals("x0.93", BuildBenchmark.ratio(9.3, 10));
        assertEquals("x1.50", BuildBenchmark.ratio(15, 10));
        assertEquals("unmeasured", BuildBenchmark.ratio(-1, 10));
        assertEquals("unmeasured", BuildBenchmark.ratio(10, -1));
    }

    @Test
    void eachContenderRunsFirstInTurnAndEveryContenderRunsOnceARound() {
        assertEquals(List.of(0, 1), BuildBenchmark.order(0, 2));
        assertEquals(List.of(1, 0), BuildBenchmark.order(1, 2));
        assertEquals(List.of(0, 1), BuildBenchmark.order(6, 2));
        assertEquals(List.of(0), BuildBenchmark.order(5, 1));
        assertEquals(List.of(1, 2, 0), BuildBenchmark.order(4, 3));
        for (int contenders = 1; contenders <= 4; contenders++) {
            int[] first = new int[contenders];
            for (int round = 0; round < 4 * contenders; round++) {
                List<Integer> order = BuildBenchmark.order(round, contenders);
                assertEquals(contenders, order.stream().distinct().count(), order.toString());
                first[order.get(0)]++;
            }
            for (int count : first) {
                assertEquals(4, count, Arrays.toString(first));
            }
        }
    }

    @Test
    void reusesACourseOfTheSameParametersAndRegeneratesOnAnotherSeed() {
        benchmark("--cases", "2", "--answers", "3", "--generate-only");
        Outcome same = benchmark("--cases", "2", "--answers", "3", "--generate-only");
        Outcome other = benchmark("--cases", "2", "--answers", "3", "--seed", "99", "--generate-only");

        assertTrue(same.lines().get(1).contains("(reused)"), same.text());
        assertTrue(other.lines().get(1).contains("(generated in "), other.text());
        assertEquals(2, same.lines().size(), "--generate-only stops after the course line");
    }

    @Test
    void stopsAtTheFirstFailingRunAndShowsItsOutput() {
        Outcome outcome = benchmark("--cases", "1", "--answers", "1", "--command", JAVA + " -XX:+NoSuchOption");

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.text().contains("FAILED   exit code 1; last lines of "), outcome.text());
        assertTrue(outcome.text().contains("NoSuchOption"), outcome.text());
    }

    @Test
    void reportsACommandThatCannotBeStarted() {
        Outcome outcome = benchmark("--cases", "1", "--answers", "1", "--command", "/nonexistent/casebake-build");

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.text().contains("FAILED"), outcome.text());
    }

    @Test
    void refusesToRunWithoutTheJarToMeasure() {
        Outcome outcome = benchmark("--cases", "1", "--answers", "1", "--jar", temp.resolve("missing.jar").toString());

        assertEquals(2, outcome.exitCode());
    }

    private record Outcome(int exitCode, String text) {
        List<String> lines() {
            return Arrays.asList(text.split("\n"));
        }
    }

    private Outcome benchmark(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new BuildBenchmark());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--work";
        all[args.length + 1] = temp.resolve("bench").toString();
        return new Outcome(commandLine.execute(all), out.toString());
    }
}
