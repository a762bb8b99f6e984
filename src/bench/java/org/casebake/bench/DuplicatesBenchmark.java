package org.casebake.bench;

import org.casebake.assemble.NearDuplicates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Times the near-duplicate check on the answers of a generated course: every answer's text against
 * every other's, as {@code casebake check} and {@code casebake status} run it. Copies of some answers,
 * each with a tenth of its words changed and a paragraph added, are planted among them, and the
 * benchmark says how many of those the check found.
 */
@Command(name = "bench/duplicates", mixinStandardHelpOptions = true,
        description = "Time the near-duplicate check on a generated course's answers.")
public final class DuplicatesBenchmark implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @Option(names = "--cases", defaultValue = "200", description = "Cases in the course (default 200).")
    private int cases;
    @Option(names = "--answers", defaultValue = "50", description = "Answers per case (default 50).")
    private int answers;
    @Option(names = "--runs", defaultValue = "5", description = "Counted runs (default 5), after 2 to warm up.")
    private int runs;
    @Option(names = "--planted", defaultValue = "20", description = "Near-duplicate copies to plant (default 20).")
    private int planted;
    @Option(names = "--work", defaultValue = "target/bench", description = "Where courses are generated.")
    private Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DuplicatesBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticCourse course = new SyntheticCourse(cases, answers, SyntheticCourse.DEFAULT_SEED);
        Path root = new SyntheticCourseCache(work).prepare(course).root();
        List<NearDuplicates.Text> texts = new ArrayList<>(answerTexts(root));
        int original = texts.size();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < planted && i < original; i++) {
            NearDuplicates.Text copied = texts.get(random.nextInt(original));
            texts.add(new NearDuplicates.Text(copied.path() + ".copy-" + i + ".md", edited(copied.text(), random)));
        }
        long words = texts.stream().mapToLong(t -> t.text().split("\\s+").length).sum();
        out.printf(Locale.ROOT, "Casebake near-duplicate benchmark: %d answers (%d planted copies), %d words, %d runs + 2 warm-up%n",
                texts.size(), texts.size() - original, words, runs);
        out.println("machine  " + MachineDescription.current());
        NearDuplicates finder = new NearDuplicates();
        List<NearDuplicates.Pair> pairs = List.of();
        long[] millis = new long[runs];
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            pairs = finder.among(texts);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (run >= 0) {
                millis[run] = took;
                out.printf(Locale.ROOT, "run %d    %d ms%n", run + 1, took);
            }
        }
        long found = pairs.stream().filter(p -> p.second().contains(".copy-") || p.first().contains(".copy-")).count();
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "pairs    %d reported, %d of %d planted copies found%n", pairs.size(), found,
                texts.size() - original);
        out.printf(Locale.ROOT, "median   %d ms for %d answers (target: under 1000 ms for 10,000)%n",
                millis[runs / 2], texts.size());
        return 0;
    }

    /** The body of every answer file of the course, front matter left out. */
    private static List<NearDuplicates.Text> answerTexts(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("content/cases"))) {
            List<Path> answers = files.filter(p -> p.getParent().getFileName().toString().equals("answers"))
                    .filter(p -> p.toString().endsWith(".md")).sorted().toList();
            List<NearDuplicates.Text> texts = new ArrayList<>();
            for (Path answer : answers) {
                String text = Files.readString(answer, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---", 4);
                texts.add(new NearDuplicates.Text(root.relativize(answer).toString(), end < 0 ? text : text.substring(end + 4)));
            }
            return texts;
        }
    }

    /** A copy with about a tenth of its words replaced and a paragraph of other words added. */
    private static String edited(String text, SplittableRandom random) {
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(10) == 0) {
                words[i] = "changed" + random.nextInt(1000);
            }
        }
        return String.join(" ", words) + "\n\nI would add that the company should think again about what it gives away.";
    }
}
