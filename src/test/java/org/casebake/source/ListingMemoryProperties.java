package org.casebake.source;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.casebake.problem.ProblemCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any sequence of saves, new files, deletions and moves, each scan told exactly what changed (as the
 * watcher names it): the scan is the one a scanner that lists everything gives. Files get old,
 * distinct modification times, so the scanner's memory of texts is used as it is for a course
 * nobody has touched for a while.
 */
class ListingMemoryProperties {

    private static final String ANSWERS = "content/cases/a/answers/";
    private static final List<String> NAMES = List.of("one.md", "two.md", "three.md", "four.md", "five.md");

    @Property(tries = 60)
    void aScanToldWhatChangedIsAlwaysTheScanOfAFullListing(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 999) Integer> steps) throws IOException {
        Path site = Files.createTempDirectory("casebake-listing");
        try {
            Course course = new Course(site);
            course.write("content/cases/a/index.md", "---\ntitle: A\n---\nThe case.\n");
            course.write(ANSWERS + NAMES.get(0), answer(0));
            course.write("assets/site.css", "body {}");
            ContentScanner remembering = new ContentScanner(Memo.kept(), ListingMemory.kept());
            remembering.scan(site, SourceChanges.UNKNOWN, new ProblemCollector());
            course.changed.clear();
            for (int step : steps) {
                course.apply(step);
                ProblemCollector told = new ProblemCollector();
                SourceSet scanned = remembering.scan(site, SourceChanges.exactly(course.changed), told);
                ProblemCollector fresh = new ProblemCollector();
                SourceSet expected = new ContentScanner().scan(site, fresh);
                assertEquals(expected.sources(), scanned.sources(), () -> "after step " + step + " in " + steps);
                assertEquals(expected.staticFiles(), scanned.staticFiles(), () -> "after step " + step + " in " + steps);
                assertEquals(expected.besideFiles(), scanned.besideFiles(), () -> "after step " + step + " in " + steps);
                assertEquals(fresh.report().formatLines(), told.report().formatLines(), () -> "after step " + step + " in " + steps);
                course.changed.clear();
            }
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String answer(int version) {
        return "---\nauthor: Student " + version + "\n---\nText " + "x".repeat(version % 7) + ".\n";
    }

    /** A course under {@code site} edited step by step, each written file given its own old time. */
    private static final class Course {
        private final Path site;
        private final Set<String> changed = new TreeSet<>();
        private long clock = 1_000_000_000_000L;

        Course(Path site) {
            this.site = site;
        }

        void apply(int step) {
            String name = ANSWERS + NAMES.get(step / 10 % NAMES.size());
            int version = step / 50;
            switch (step % 10) {
                case 0, 1, 2 -> write(name, answer(version));
                case 3 -> delete(name);
                case 4 -> write("content/cases/a/figure-" + version % 3 + ".png", "png " + version);
                case 5 -> write("content/cases/a/notes/misplaced.md", "not read here " + version);
                case 6 -> write("assets/extra-" + version % 2 + ".css", "p {}" + version);
                case 7 -> move(name, ANSWERS + NAMES.get((step / 10 + 1) % NAMES.size()));
                case 8 -> write(ANSWERS + "." + NAMES.get(0) + ".swp", "swap " + version);
                default -> touch(name);
            }
        }

        void write(String path, String text) {
            try {
                Files.createDirectories(site.resolve(path).getParent());
                Files.writeString(site.resolve(path), text);
                age(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            changed.add(path);
        }

        void delete(String path) {
            try {
                if (Files.deleteIfExists(site.resolve(path))) {
                    changed.add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void move(String from, String to) {
            try {
                if (Files.exists(site.resolve(from))) {
                    Files.move(site.resolve(from), site.resolve(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    changed.add(from);
                    changed.add(to);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A save of the same bytes: only the time changes. */
        void touch(String path) {
            if (Files.exists(site.resolve(path))) {
                age(path);
                changed.add(path);
            }
        }

        private void age(String path) {
            clock += 1_000;
            try {
                Files.setLastModifiedTime(site.resolve(path), FileTime.fromMillis(clock));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
