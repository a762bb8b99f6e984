package org.casebake.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The server-sent event stream open tabs listen to. Events:
 * <ul>
 *   <li>{@code build} (data: the build number), sent when a tab connects, so a tab that missed a
 *       rebuild while disconnected reloads;</li>
 *   <li>{@code reload} (data: the new build number), sent to every tab after a good rebuild;</li>
 *   <li>{@code problems} (data: a JSON array of problem lines, empty when there are none), sent on
 *       connect and after every rebuild.</li>
 * </ul>
 * It also holds the current {@link PreviewState}: one lock orders changing the state, connecting and
 * sending, so each tab gets the state once when it connects and then every change after it.
 */
final class ReloadEvents implements AutoCloseable {

    private final Set<Listener> listeners = new LinkedHashSet<>();
    private volatile PreviewState state;
    private boolean closed;

    /** Events starting from {@code initial}. */
    ReloadEvents(PreviewState initial) {
        this.state = initial;
    }

    /** What the preview shows now. */
    PreviewState state() {
        return state;
    }

    /** A tab's connection: written to by whoever sends, held open by the request's thread. */
    static final class Listener {
        private final OutputStream out;
        private final CountDownLatch done = new CountDownLatch(1);

        private Listener(OutputStream out) {
            this.out = out;
        }

        /** Blocks the request's thread until the tab goes away or the preview stops. */
        void awaitEnd() throws InterruptedException {
            done.await();
        }

        private boolean send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                end();
                return false;
            }
        }

        private void end() {
            done.countDown();
        }
    }

    /** Registers a tab's stream and sends it the current state. */
    synchronized Listener open(OutputStream out) {
        Listener listener = new Listener(out);
        if (closed) {
            listener.end();
            return listener;
        }
        boolean alive = listener.send("retry: 1000\n\n" + event("build", Long.toString(state.site().build()))
                + event("problems", state.problemsJson()));
        if (alive) {
            listeners.add(listener);
        }
        return listener;
    }

    /** Forgets a tab whose request has ended. */
    synchronized void remove(Listener listener) {
        listeners.remove(listener);
        listener.end();
    }

    /** Makes {@code next} the state and tells every tab: reload if the site changed; the problems either way. */
    synchronized void publish(PreviewState next) {
        boolean newSite = next.site().build() != state.site().build();
        state = next;
        sendAll((newSite ? event("reload", Long.toString(next.site().build())) : "")
                + event("problems", next.problemsJson()));
    }

    /** A comment line that keeps idle connections open and finds tabs that have gone away. */
    synchronized void keepAlive() {
        sendAll(": keep-alive\n\n");
    }

    /** The number of open tabs. */
    synchronized int size() {
        return listeners.size();
    }

    /** Ends every stream; later connections end at once. */
    @Override
    public synchronized void close() {
        closed = true;
        listeners.forEach(Listener::end);
        listeners.clear();
    }

    private void sendAll(String text) {
        List<Listener> gone = new ArrayList<>();
        for (Listener listener : listeners) {
            if (!listener.send(text)) {
                gone.add(listener);
            }
        }
        gone.forEach(listeners::remove);
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
