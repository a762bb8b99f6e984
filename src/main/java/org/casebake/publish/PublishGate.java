package org.casebake.publish;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an interrupted build and its publishing agree on, so that Ctrl-C or a SIGTERM leaves the
 * output folder holding the whole previous site or the whole new one. The swap of the output
 * folder (two renames) runs inside the gate; a shutdown hook closes the gate, which waits for a swap
 * already begun to finish and lets no other begin. The staging folder of a swap that never
 * happened is named here, so the hook can remove it; what it cannot remove, the next build does.
 *
 * <p>One gate per command run; the build thread and the shutdown hook share it.
 */
public final class PublishGate {

    private boolean closed;
    private boolean swapping;
    private boolean swapped;
    private Path staging;

    /** True once {@link #close()} was called: the build should stop writing. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Names the folder a site is being staged in, until the swap or the end of publishing. */
    synchronized void staging(Path folder) {
        this.staging = folder;
    }

    /**
     * Runs {@code swap} unless the gate is closed; true when it ran. A {@link #close()} arriving
     * meanwhile waits until it is done.
     */
    boolean swap(Swap swap) throws java.io.IOException {
        synchronized (this) {
            if (closed) {
                return false;
            }
            swapping = true;
        }
        try {
            swap.run();
            synchronized (this) {
                swapped = true;
                staging = null;
            }
            return true;
        } finally {
            synchronized (this) {
                swapping = false;
                notifyAll();
            }
        }
    }

    /**
     * Lets no swap begin and waits for one in progress; then tells whether the new site was put in
     * place, and which staging folder is left over (if any) for the caller to remove.
     */
    public synchronized Outcome close() {
        closed = true;
        boolean interrupted = false;
        while (swapping) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Outcome(swapped, Optional.ofNullable(staging));
    }

    /**
     * Where publishing stood when the gate closed.
     *
     * @param published true when the new site is in the output folder
     * @param leftover  the staging folder of a site that was never swapped in, if any
     */
    public record Outcome(boolean published, Optional<Path> leftover) {
    }

    /** The two renames that put a staged site in place. */
    @FunctionalInterface
    interface Swap {
        void run() throws java.io.IOException;
    }
}
