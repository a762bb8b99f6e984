package org.casebake.serve;

import org.casebake.model.Audience;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.source.SourceChanges;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code casebake serve}: builds the site in memory, serves it on 127.0.0.1 under the path of
 * {@code baseUrl}, and rebuilds in the same JVM whenever a source changes. Open tabs reload after a
 * good rebuild; after a failed one they keep the last good site and show the problems over it, as
 * the terminal does.
 *
 * <p>Builds run one at a time on the watcher's thread (the template engine underneath keeps
 * JVM-wide state). A page asked for once a change is seen waits for its rebuild (see
 * {@link PendingChanges}), at most {@link #FRESH_PAGE_WAIT}; other requests are answered from the
 * last good build meanwhile.
 */
public final class LivePreview implements AutoCloseable {

    /**
     * How long a page asked for after a save waits for the rebuild: long enough for a course of
     * 10,000 answers while the JVM is still warming up (about 2 s), short enough that a rebuild
     * stuck on a slow disk does not hang the tab.
     */
    static final Duration FRESH_PAGE_WAIT = Duration.ofSeconds(10);

    private final PreviewSettings settings;
    private final PrintWriter out;
    private final SiteRebuilder rebuilder;
    private final ReloadEvents events;
    private final PendingChanges pending;
    private final PreviewServer server;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ReentrantLock building = new ReentrantLock();
    private volatile SourceWatcher watcher;

    private LivePreview(PreviewSettings settings, PrintWriter out, SiteRebuilder rebuilder, ReloadEvents events,
                        PendingChanges pending, PreviewServer server) {
        this.settings = settings;
        this.out = out;
        this.rebuilder = rebuilder;
        this.events = events;
        this.pending = pending;
        this.server = server;
    }

    /**
     * Starts serving (so a port in use is reported at once), starts watching the sources, then
     * builds the site. A site that does not build yet is no reason to stop: the preview shows the
     * problems until they are fixed.
     *
     * @param out where progress and problems are printed
     * @throws IOException if the port cannot be used
     */
    public static LivePreview start(PreviewSettings settings, String version, PrintWriter out) throws IOException {
        ReloadEvents events = new ReloadEvents(new PreviewState(SiteSnapshot.NONE, List.of()));
        Optional<CurationView> curation = settings.options().audience() == Audience.INSTRUCTOR
                ? Optional.of(CurationView.of(settings.source(), new MarkdownRenderer(new MarkdownHtmlCleaner())))
                : Optional.empty();
        PendingChanges pending = new PendingChanges();
        PreviewServer server = PreviewServer.start(settings.port(), events, pending, FRESH_PAGE_WAIT, curation);
        LivePreview preview = new LivePreview(settings, out, new SiteRebuilder(settings.source(), settings.options(), version),
                events, pending, server);
        try {
            preview.watcher = SourceWatcher.start(settings.source(), settings.quietPeriod(), pending::seen,
                    preview::rebuildAfter, preview::warn);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        preview.rebuild(Set.of(), SourceChanges.UNKNOWN);
        preview.announce();
        return preview;
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:8080/~prof/mgmt301/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.port() + events.state().site().basePath());
    }

    /** The port the preview listens on. */
    public int port() {
        return server.port();
    }

    /** Waits until {@link #close()} has been called. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * A batch of changes rebuilt; pages waiting for it are answered once its outcome is published. The
     * batch is what changed since the last rebuild only while the watcher sees every folder.
     */
    private void rebuildAfter(Set<String> changed) {
        try {
            SourceWatcher seen = watcher;
            rebuild(changed, seen != null && seen.seesEverything() ? SourceChanges.exactly(changed) : SourceChanges.UNKNOWN);
        } finally {
            pending.built();
        }
    }

    /** One build at a time: the first one and the watcher's may otherwise overlap. */
    private void rebuild(Set<String> changed, SourceChanges changes) {
        building.lock();
        try {
            if (closed.getCount() == 0) {
                return;
            }
            SiteRebuilder.Outcome outcome = rebuilder.rebuild(events.state(), changes);
            events.publish(outcome.state());
            report(outcome, changed);
        } finally {
            building.unlock();
        }
    }

    private void report(SiteRebuilder.Outcome outcome, Set<String> changed) {
        synchronized (out) {
            outcome.problems().forEach(out::println);
            if (outcome.succeeded()) {
                out.println(String.format(Locale.ROOT, "%s %d pages in %d ms%s", changed.isEmpty() ? "built" : "rebuilt",
                        outcome.pages(), outcome.millis(), describe(changed)));
            } else {
                out.println((outcome.errors() == 1 ? "1 error" : outcome.errors() + " errors")
                        + (outcome.state().site().hasSite() ? "; still serving the last good build" : "; nothing to serve yet")
                        + describe(changed));
            }
            out.flush();
        }
    }

    private void warn(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static String describe(Set<String> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        String first = changed.iterator().next();
        return changed.size() == 1 ? " (" + first + " changed)" : " (" + first + " and " + (changed.size() - 1) + " more changed)";
    }

    private void announce() {
        synchronized (out) {
            out.println("Serving the preview at " + address());
            List<String> unpublished = new ArrayList<>();
            if (settings.options().audience() == Audience.INSTRUCTOR) {
                unpublished.add("teaching notes");
            }
            if (settings.options().withDrafts()) {
                unpublished.add("drafts");
            }
            if (!unpublished.isEmpty()) {
                out.println("This preview shows " + String.join(" and ", unpublished) + ": do not share it with students.");
            }
            if (settings.options().audience() == Audience.INSTRUCTOR) {
                out.println("Curate answers at " + address().resolve(CurationView.SEGMENT) + " (changes are written to the answer files).");
            }
            out.println("Watching content/, templates/, assets/ and site-config.yml. Press Ctrl-C to stop.");
            out.flush();
        }
    }

    /** Stops watching and serving; open tabs lose their connection. Safe to call more than once. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        pending.close();
        server.close();
        closed.countDown();
        // A build still running keeps its temporary theme folder; stopping now matters more than tidying up.
        if (building.tryLock()) {
            try {
                rebuilder.close();
            } finally {
                building.unlock();
            }
        }
    }
}
