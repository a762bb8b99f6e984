package org.casebake.serve;

import java.time.Duration;

/**
 * Changes to the sources that the site being served does not show yet: counted from the moment the
 * watcher sees one until the rebuild of its batch has been published, good or not. A page asked for
 * after a save waits for that rebuild, so reloading by hand after a save shows the saved text
 * instead of the page before it. The wait is bounded: past it, the last good build is served as
 * before.
 *
 * <p>The watcher reports a batch's first change with {@link #seen()} and hands the batch over once
 * the sources are still; each batch seen is followed by one {@link #built()}.
 */
final class PendingChanges {

    private long seen;
    private long built;
    private boolean closed;

    /** A batch of changes has begun: pages asked for from now on wait for its rebuild. */
    synchronized void seen() {
        seen++;
    }

    /** The oldest batch still pending has been rebuilt and its outcome published. */
    synchronized void built() {
        built = Math.min(built + 1, seen);
        notifyAll();
    }

    /** The preview is stopping: nobody waits any more. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * Waits until every batch seen before this call has been rebuilt, or {@code longest} has passed.
     * A batch that begins while waiting is not waited for, so saves that keep coming cannot hold a
     * request for more than one rebuild.
     *
     * @return true if nothing was pending any more when it returned
     */
    synchronized boolean awaitBuilt(Duration longest) throws InterruptedException {
        long target = seen;
        long deadline = System.nanoTime() + longest.toNanos();
        while (built < target && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return built >= target;
    }
}
