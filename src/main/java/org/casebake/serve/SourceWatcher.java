package org.casebake.serve;

import org.casebake.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches what a build reads, {@code content/}, {@code templates/}, {@code assets/} and
 * {@code site-config.yml}, including folders created later, and reports changes in batches: a batch
 * ends when nothing has changed for the quiet period, so an editor's several writes for one save,
 * or a few quick saves, cause one rebuild.
 *
 * <p>Batches are handed to the listener on the watcher's own thread, one at a time; changes made
 * while the listener runs form the next batch.
 */
final class SourceWatcher implements AutoCloseable {

    /** The folders under the source folder that are watched with everything in them. */
    static final List<String> FOLDERS = List.of("content", "templates", "assets", "messages");
    /** The files directly in the source folder that are watched. */
    static final List<String> FILES = List.of("site-config.yml");

    /** Stands in a batch for changes the system lost track of (too many at once). */
    static final String LOST_EVENTS = "(many files)";

    private final Path root;
    private final WatchService service;
    private final Duration quiet;
    private final Runnable changeSeen;
    private final Consumer<Set<String>> listener;
    private final Consumer<String> warnings;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean missesFolders;

    private SourceWatcher(Path root, WatchService service, Duration quiet, Runnable changeSeen,
                          Consumer<Set<String>> listener, Consumer<String> warnings) {
        this.root = root;
        this.service = service;
        this.quiet = quiet;
        this.changeSeen = changeSeen;
        this.listener = listener;
        this.warnings = warnings;
        this.thread = new Thread(this::run, "casebake-preview-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root}.
     *
     * @param quiet      how long nothing must change before a batch is reported
     * @param changeSeen told of a batch's first change, before the batch is complete; each time it is
     *                   called, one batch follows
     * @param listener   receives each batch: the changed paths relative to {@code root}, sorted
     * @param warnings   receives a line for each folder that cannot be watched
     */
    static SourceWatcher start(Path root, Duration quiet, Runnable changeSeen, Consumer<Set<String>> listener,
                               Consumer<String> warnings) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        SourceWatcher watcher = new SourceWatcher(absolute, absolute.getFileSystem().newWatchService(), quiet, changeSeen,
                listener, warnings);
        watcher.watch(absolute);
        for (String folder : FOLDERS) {
            watcher.watchTree(absolute.resolve(folder));
        }
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                Set<String> batch = new TreeSet<>();
                add(service.take(), batch);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    add(next, batch);
                }
                if (!batch.isEmpty()) {
                    listener.accept(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Collects {@code key}'s changes into {@code batch}, telling of the batch's first one. */
    private void add(WatchKey key, Set<String> batch) {
        boolean empty = batch.isEmpty();
        collect(key, batch);
        if (empty && !batch.isEmpty()) {
            changeSeen.run();
        }
    }

    private void collect(WatchKey key, Set<String> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                batch.add(LOST_EVENTS);
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (folder.equals(root) && !isWatchedTopLevel(changed.getFileName().toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                // Files may already be in a new folder (a copy or a checkout): it is all part of this batch.
                watchTree(changed).forEach(file -> batch.add(relative(file)));
            }
            batch.add(relative(changed));
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static boolean isWatchedTopLevel(String name) {
        return FOLDERS.contains(name) || FILES.contains(name);
    }

    /**
     * Watches {@code folder} and every folder below it; returns the files found there. Each folder
     * is registered before it is listed, so a file or folder created meanwhile is either listed or
     * reported by an event, never lost between the two.
     */
    private List<Path> watchTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        watch(folder);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child)) {
                    files.addAll(watchTree(child));
                } else if (Files.isRegularFile(child)) {
                    files.add(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The folder went away while being listed; its deletion is reported by its parent.
        }
        return files;
    }

    private void watch(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, folder);
        } catch (NoSuchFileException e) {
            // Gone already; nothing to watch.
        } catch (IOException e) {
            // Typically the system's limit on watched folders (on Linux, fs.inotify.max_user_watches).
            missesFolders = true;
            warnings.accept(Problem.warning(folder.equals(root) ? "." : relative(folder) + "/", "cannot watch this folder: "
                    + e.getMessage(), "changes there are not noticed; fix the cause and restart casebake serve").format());
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /**
     * Whether every folder has been watched since the start, so that a batch names every change made
     * since the one before (unless it holds {@link #LOST_EVENTS}).
     */
    boolean seesEverything() {
        return !missesFolders;
    }

    /** Stops watching. A batch being handled when this is called still runs to its end. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing more can be done about a watch service that will not close.
        }
    }
}
