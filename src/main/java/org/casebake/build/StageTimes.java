package org.casebake.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of one build took, for {@code casebake build --timings} and the benchmark.
 * Owned by one build.
 */
public final class StageTimes {

    /** One stage's wall time. */
    public record Entry(String stage, long millis) {
    }

    /** A stage's work that may throw the publish stage's exception. */
    @FunctionalInterface
    interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    private final List<Entry> entries = new ArrayList<>();

    <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            entries.add(new Entry(stage, (System.nanoTime() - start) / 1_000_000));
        }
    }

    /** Times a stage that returns nothing. */
    void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
