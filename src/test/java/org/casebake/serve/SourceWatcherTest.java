package org.casebake.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

@Timeout(60)
class SourceWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(100);
    /** Long enough that ten small writes fit in it on a loaded machine (100 ms did not, under a load of 25). */
    private static final Duration BATCH_QUIET = Duration.ofSeconds(2);

    @TempDir
    Path site;

    private final BlockingQueue<Set<String>> batches = new LinkedBlockingQueue<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicInteger reported = new AtomicInteger();

    private void seen() {
        if (seen.incrementAndGet() != reported.get() + 1) {
            warnings.add("a batch's first change was told of twice");
        }
    }

    /** Each batch must have been told of (once) before it is reported. */
    private void reported(Set<String> batch) {
        if (seen.get() != reported.incrementAndGet()) {
            warnings.add("batch " + batch + " reported after " + seen.get() + " first changes for " + reported.get() + " batches");
        }
        batches.add(batch);
    }

    @AfterEach
    void noWarnings() {
        assertEquals(List.of(), warnings);
    }

    @Test
    void severalQuickSavesAreReportedAsOneBatch() throws Exception {
        Files.createDirectories(site.resolve("content/cases/a/answers"));
        try (SourceWatcher watcher = SourceWatcher.start(site, BATCH_QUIET, this::seen, this::reported, warnings::add)) {
            for (int i = 1; i <= 5; i++) {
                Files.writeString(site.resolve("content/cases/a/answers/answer-0" + i + ".md"), "save " + i);
                Files.writeString(site.resolve("content/cases/a/answers/answer-01.md"), "save again " + i);
            }
            assertEquals(Set.of("content/cases/a/answers/answer-01.md", "content/cases/a/answers/answer-02.md",
                    "content/cases/a/answers/answer-03.md", "content/cases/a/answers/answer-04.md",
                    "content/cases/a/answers/answer-05.md"), batches.poll(20, TimeUnit.SECONDS));
            assertNull(batches.poll(BATCH_QUIET.toMillis() * 3, TimeUnit.MILLISECONDS), "no second batch");
        }
    }

    @Test
    void foldersCreatedWhileWatchingAreWatchedToo() throws Exception {
        try (SourceWatcher watcher = SourceWatcher.start(site, QUIET, this::seen, this::reported, warnings::add)) {
            Files.createDirectories(site.resolve("templates/macros"));
            Set<String> created = batches.poll(20, TimeUnit.SECONDS);
            // "templates/macros" is reported too when it appears after "templates" is already watched.
            assertTrue(Set.of(Set.of("templates"), Set.of("templates", "templates/macros")).contains(created),
                    String.valueOf(created));
            Files.writeString(site.resolve("templates/macros/answers.ftl"), "<#-- changed -->");
            assertEquals(Set.of("templates/macros/answers.ftl"), batches.poll(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void onlyTheConfigurationAndTheSourceFoldersAreWatched() throws Exception {
        Files.createDirectories(site.resolve("assets/css"));
        try (SourceWatcher watcher = SourceWatcher.start(site, QUIET, this::seen, this::reported, warnings::add)) {
            Files.createDirectories(site.resolve("target/site"));
            Files.writeString(site.resolve("target/site/index.html"), "built");
            Files.writeString(site.resolve("notes.txt"), "not a source");
            Files.writeString(site.resolve("site-config.yml"), "title: x");
            Files.writeString(site.resolve("assets/css/site.css"), "body {}");
            assertEquals(Set.of("assets/css/site.css", "site-config.yml"), batches.poll(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void deletingAFileIsAChange() throws Exception {
        Files.createDirectories(site.resolve("content/comparisons"));
        Files.writeString(site.resolve("content/comparisons/x.md"), "x");
        try (SourceWatcher watcher = SourceWatcher.start(site, QUIET, this::seen, this::reported, warnings::add)) {
            Files.delete(site.resolve("content/comparisons/x.md"));
            assertEquals(Set.of("content/comparisons/x.md"), batches.poll(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void changesOutsideTheSourcesAloneAreNotToldOf() throws Exception {
        try (SourceWatcher watcher = SourceWatcher.start(site, QUIET, this::seen, this::reported, warnings::add)) {
            Files.writeString(site.resolve("notes.txt"), "not a source");
            Files.createDirectories(site.resolve("target"));
            assertNull(batches.poll(QUIET.toMillis() * 10, TimeUnit.MILLISECONDS));
            assertEquals(0, seen.get(), "no batch began, so no page may wait for one");
            Files.writeString(site.resolve("site-config.yml"), "title: x");
            assertEquals(Set.of("site-config.yml"), batches.poll(20, TimeUnit.SECONDS));
            assertEquals(1, seen.get());
        }
    }
}
