package org.casebake.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The tuned JVM {@link TunedJvm} starts, and how a signal to the launcher reaches it: {@link #stop()}
 * (run by the launcher's shutdown hook) lets no child start after it, sends the running child
 * SIGTERM, and waits for it to end, killing it only if it has not ended after a grace period.
 */
final class RelaunchedChild {

    /** How long a stopped child may take to finish its swap and exit before it is killed. */
    private static final long GRACE_SECONDS = 20;

    private final ProcessBuilder command;
    private final Optional<ClassDataArchive> archive;
    private Process process;
    private boolean stopped;

    RelaunchedChild(ProcessBuilder command, Optional<ClassDataArchive> archive) {
        this.command = command;
        this.archive = archive;
    }

    /** Starts the child and waits for it; its exit code, or 130 if the launcher was stopped first. */
    Optional<Integer> run() throws IOException {
        Process started;
        synchronized (this) {
            if (stopped) {
                return Optional.of(130);
            }
            started = command.start();
            process = started;
        }
        try {
            int exit = started.waitFor();
            archive.ifPresent(a -> a.finish(exit));
            return Optional.of(exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return Optional.of(130);
        }
    }

    /** Ends the child (if any) and waits until it has ended. */
    void stop() {
        Process running;
        synchronized (this) {
            stopped = true;
            running = process;
        }
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
            archive.ifPresent(a -> a.finish(running.exitValue()));
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
