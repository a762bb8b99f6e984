package org.casebake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A generated course of {@code cases} cases with {@code answersPerCase} answers each, written as a
 * complete Casebake site folder: site-config.yml, one folder per case with its answers, and one
 * comparison across every case.
 *
 * <p>The same parameters always give byte-identical files: all text comes from
 * {@link SplittableRandom} streams split off one seeded root, one stream per case, so a larger course
 * starts with exactly the cases of a smaller one. About 10% of answers are pending, 2% rejected, one
 * case in 25 is a draft: none of those may reach a student build.
 *
 * @param cases          number of cases, at least 1
 * @param answersPerCase number of answers per case, at least 0
 * @param seed           the seed of all randomness
 */
public record SyntheticCourse(int cases, int answersPerCase, long seed) {

    /** The seed the benchmark uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20130314L;

    /** Raised whenever the generator writes different files for the same parameters, so caches refresh. */
    public static final int FORMAT_VERSION = 3;

    static final String COMPARISON_SLUG = "open-vs-closed";
    static final List<String> SIDES = List.of("open", "closed");
    static final List<String> DIMENSIONS = List.of("cost", "speed", "control", "talent", "risk");

    private static final LocalDate FIRST_CASE_DATE = LocalDate.of(2024, 1, 8);

    public SyntheticCourse {
        if (cases < 1 || answersPerCase < 0) {
            throw new IllegalArgumentException("need at least one case and no negative answer count");
        }
    }

    /** The folder-friendly name of this size, such as {@code 200x50}. */
    public String sizeName() {
        return cases + "x" + answersPerCase;
    }

    /**
     * Writes the course into {@code root}, which must not exist or be empty.
     *
     * @return what was written
     */
    public GeneratedCourse writeTo(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("refusing to generate into a folder that is not empty: " + root);
                }
            }
        }
        SplittableRandom rootRandom = new SplittableRandom(seed);
        SyntheticProse siteProse = new SyntheticProse(rootRandom.split());
        Tally tally = new Tally(root);
        tally.write("site-config.yml", SyntheticCourseFiles.siteConfig(this));
        // Draft cases are covered too: their answers carry positions, which must name a comparison.
        List<String> slugs = new ArrayList<>();
        for (int index = 1; index <= cases; index++) {
            slugs.add(writeCase(index, new SyntheticProse(rootRandom.split()), tally));
        }
        tally.write("content/comparisons/" + COMPARISON_SLUG + ".md",
                SyntheticCourseFiles.comparison(slugs, siteProse));
        return tally.result();
    }

    /** Every 25th case, starting at the 13th, is a draft, so 20 cases hold one and 200 hold eight. */
    static boolean isDraft(int caseIndex) {
        return caseIndex % 25 == 13;
    }

    private String writeCase(int index, SyntheticProse prose, Tally tally) throws IOException {
        String company = prose.pick(SyntheticVocabulary.COMPANY_PREFIXES) + " "
                + prose.pick(SyntheticVocabulary.COMPANY_SUFFIXES);
        String slug = String.format(Locale.ROOT, "case-%03d-%s", index,
                company.toLowerCase(Locale.ROOT).replace(' ', '-'));
        LocalDate date = FIRST_CASE_DATE.plusDays(7L * (index - 1) % 364 + prose.between(0, 6));
        tally.write("content/cases/" + slug + "/index.md",
                SyntheticCourseFiles.caseStudy(company, date, isDraft(index), prose));
        if (isDraft(index)) {
            tally.draftCases++;
        }
        tally.cases++;
        for (int answer = 1; answer <= answersPerCase; answer++) {
            String path = String.format(Locale.ROOT, "content/cases/%s/answers/answer-%03d.md", slug, answer);
            tally.write(path, answerFile(date, prose, tally));
        }
        return slug;
    }

    private static String answerFile(LocalDate caseDate, SyntheticProse prose, Tally tally) {
        double roll = prose.between(0, 999) / 1000.0;
        String status = roll < 0.10 ? "pending" : roll < 0.12 ? "rejected" : "curated";
        boolean featured = status.equals("curated") && prose.chance(0.08);
        tally.answers++;
        tally.pendingAnswers += status.equals("pending") ? 1 : 0;
        tally.rejectedAnswers += status.equals("rejected") ? 1 : 0;
        tally.featuredAnswers += featured ? 1 : 0;
        return SyntheticCourseFiles.answer(caseDate, status, featured, prose);
    }

    /** Distinct items drawn from a list, in the list's order. */
    static List<String> distinct(List<String> items, int count, SyntheticProse prose) {
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, items.size())) {
            chosen.add(prose.between(0, items.size() - 1));
        }
        return chosen.stream().map(items::get).toList();
    }

    /** Counts what one {@link #writeTo} call writes; lives only for that call. */
    private static final class Tally {
        private final Path root;
        private int cases;
        private int draftCases;
        private int answers;
        private int pendingAnswers;
        private int rejectedAnswers;
        private int featuredAnswers;
        private int markdownFiles;
        private long markdownBytes;

        Tally(Path root) {
            this.root = root;
        }

        void write(String relativePath, String text) throws IOException {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            if (relativePath.endsWith(".md")) {
                markdownFiles++;
                markdownBytes += bytes.length;
            }
        }

        GeneratedCourse result() {
            return new GeneratedCourse(root, cases, draftCases, answers, pendingAnswers, rejectedAnswers,
                    featuredAnswers, markdownFiles, markdownBytes);
        }
    }
}
