package org.casebake.cli;

import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C or SIGTERM at any moment of a real {@code java -jar casebake.jar build} (the launcher,
 * which re-runs itself in a tuned child JVM) leaves the output folder holding exactly the previous
 * site or exactly the new one, exits 0 only with the new one in place, leaves no Casebake process
 * running, and the next build removes whatever the interrupted one left beside the output folder.
 *
 * <p>Runs in Maven's integration-test phase, after the jar is packaged. A 20-case course with 30
 * answers per case is built once to learn how long a build takes, then interrupted at fifteen
 * moments spread over that time, switching the course between two versions that differ in every
 * page, so "previous" and "new" are always told apart.
 */
class InterruptedBuildIT {

    private static final int CASES = 20;
    private static final int ANSWERS_PER_CASE = 30;
    private static final int MOMENTS = 15;

    @TempDir
    Path work;

    @Test
    void interruptingABuildAtAnyMomentLeavesThePreviousOrTheNewSiteAndNoProcessBehind() throws Exception {
        Path jar = TestFolders.project().resolve("target").resolve("casebake.jar");
        assertTrue(Files.isRegularFile(jar), "run after mvn package: " + jar);
        Path source = work.resolve("course");
        Path output = work.resolve("out").resolve("site");
        writeCourse(source);

        useVersion(source, "B");
        Launch fullB = launch(jar, source, work.resolve("b").resolve("site"), -1);
        assertEquals(0, fullB.exit(), fullB.err());
        String siteB = digest(work.resolve("b").resolve("site"));
        useVersion(source, "A");
        Launch fullA = launch(jar, source, output, -1);
        assertEquals(0, fullA.exit(), fullA.err());
        String siteA = digest(output);
        assertFalse(siteA.equals(siteB), "the two versions must give different sites");
        // The first run also writes the class-data archive beside the jar; the second is a typical build.
        long buildMillis = fullA.millis();

        Map<String, String> versions = Map.of(siteA, "A", siteB, "B");
        String current = "A";
        Map<String, Integer> interrupted = new java.util.TreeMap<>();
        int sawChild = 0;
        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i <= MOMENTS; i++) {
            String next = current.equals("A") ? "B" : "A";
            useVersion(source, next);
            long delay = buildMillis * i / (MOMENTS + 1);
            String signal = i % 3 == 0 ? "TERM" : "INT";
            Launch run = launch(jar, source, output, delay, signal);
            String found = versions.get(digest(output));
            outcomes.add(delay + " ms SIG" + signal + ": exit " + run.exit() + ", site " + found);
            assertTrue(found != null, "after SIG" + signal + " at " + delay + " ms the output is neither site: " + outcomes);
            assertTrue(found.equals(current) || found.equals(next), outcomes.toString());
            if (run.exit() == 0) {
                assertEquals(next, found, "exit 0 only with the new site: " + outcomes);
            } else {
                interrupted.merge(signal, 1, Integer::sum);
            }
            if (found.equals(next)) {
                assertFalse(run.err().contains("nothing was written"), "the new site is in place: " + run.err());
            }
            assertEquals(List.of(), casebakeProcessesOn(source), "a Casebake process outlived the launcher: " + outcomes);
            sawChild += run.sawChild() ? 1 : 0;
            current = found;
        }
        // What each moment gave, for the record of the run (maven prints it with the test's output).
        System.out.println("InterruptedBuildIT: a full build took " + buildMillis + " ms; " + String.join("; ", outcomes));
        assertTrue(interrupted.getOrDefault("INT", 0) >= 3 && interrupted.getOrDefault("TERM", 0) >= 2,
                "both signals must have stopped builds: " + outcomes);
        assertTrue(sawChild > 0, "the launcher must have re-run itself in a child JVM: " + outcomes);

        useVersion(source, current.equals("A") ? "B" : "A");
        Launch last = launch(jar, source, output, -1);
        assertEquals(0, last.exit(), last.err());
        try (Stream<Path> beside = Files.list(output.getParent())) {
            assertEquals(List.of("site"), beside.map(p -> p.getFileName().toString()).toList(),
                    "the next build removes what interrupted builds left: " + outcomes);
        }
    }

    /** One run of the launcher, signalled after {@code delayMillis} (never when negative). */
    private Launch launch(Path jar, Path source, Path output, long delayMillis) throws Exception {
        return launch(jar, source, output, delayMillis, "INT");
    }

    private Launch launch(Path jar, Path source, Path output, long delayMillis, String signal) throws Exception {
        Path err = Files.createTempFile(work, "err", ".txt");
        // A process started in the background of a non-interactive shell inherits SIGINT ignored (as
        // Maven's test JVM may be); env gives the launcher the default action, as a terminal would.
        ProcessBuilder command = new ProcessBuilder("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--source", source.toString(), "--output", output.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        command.environment().remove("CASEBAKE_NO_RELAUNCH");
        command.environment().remove("JAVA_TOOL_OPTIONS");
        command.environment().remove("JDK_JAVA_OPTIONS");
        long start = System.nanoTime();
        Process launcher = command.start();
        boolean sawChild = false;
        if (delayMillis >= 0) {
            if (!launcher.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                sawChild = launcher.descendants().findAny().isPresent();
                new ProcessBuilder("kill", "-" + signal, Long.toString(launcher.pid())).start().waitFor();
            }
        }
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Launch(launcher.exitValue(), Files.readString(err), millis, sawChild);
    }

    private record Launch(int exit, String err, long millis, boolean sawChild) {
    }

    /** Every running process whose command line names this test's course. */
    private static List<String> casebakeProcessesOn(Path source) {
        String folder = source.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(folder)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
    }

    /** A digest of every file's path and bytes below {@code folder}. */
    private static String digest(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "no folder";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The course's title names the version, so every page of the two versions differs. */
    private static void useVersion(Path source, String version) {
        write(source.resolve("site-config.yml"), "title: \"Interrupted course, version " + version + "\"\n"
                + "baseUrl: \"https://example.edu/interrupted/\"\nprivacy:\n  salt: \"interrupted-salt\"\n");
    }

    private static void writeCourse(Path source) {
        String[] given = {"Amara", "Bilal", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun"};
        String[] family = {"Okafor", "Haddad", "Lindqvist", "Moreau", "Tanaka", "Novak"};
        for (int c = 1; c <= CASES; c++) {
            Path folder = source.resolve("content/cases/case-" + c);
            write(folder.resolve("index.md"), "---\ntitle: \"Case number " + c + "\"\ndate: 2024-01-" + String.format("%02d", c)
                    + "\nquestions:\n  - {id: q1, prompt: \"What should the firm do first?\"}\n"
                    + "  - {id: q2, prompt: \"What would you measure?\"}\n---\n\nThe firm weighs an open platform against"
                    + " a closed one. " + "Costs, talent and control pull in different directions. ".repeat(20) + "\n");
            for (int a = 1; a <= ANSWERS_PER_CASE; a++) {
                int n = c * ANSWERS_PER_CASE + a;
                write(folder.resolve(String.format("answers/answer-%02d.md", a)), "---\nauthor: \""
                        + given[n % given.length] + " " + family[n % family.length] + " " + (char) ('A' + c) + (char) ('a' + a % 26)
                        + "x\"\nstatus: curated\nquestions: [" + (a % 2 == 0 ? "q1" : "q1, q2") + "]\n---\n\nAnswer " + n
                        + " argues that the platform " + "lowers costs while keeping control of the roadmap. ".repeat(8) + "\n");
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
