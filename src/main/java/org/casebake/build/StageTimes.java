package org.casebake.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * How long each stage of one build took, for {@code casebake build --timings} and the benchmark.
 * Owned by one build.
 */
public final class StageTimes {

    /**
     * One stage's wall time and the CPU time the whole process spent meanwhile (on every core; -1
     * where the JVM cannot tell), so that CPU well under twice the wall time on two cores shows a
     * stage that leaves a core idle.
     */
    public record Entry(String stage, long millis, long cpuMillis) {
    }

    /** A stage's work that may throw the publish stage's exception. */
    @FunctionalInterface
    interface Stage<T, E extends Exception> {
        T run() throws E;
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LongSupplier cpuNanos;

    /** Times stages with the process's CPU time as the JVM reports it. */
    StageTimes() {
        this(processCpuNanos());
    }

    /** Times stages with {@code cpuNanos} as the process's CPU clock (negative when unknown). */
    StageTimes(LongSupplier cpuNanos) {
        this.cpuNanos = cpuNanos;
    }

    <T, E extends Exception> T time(String stage, Stage<T, E> work) throws E {
        long start = System.nanoTime();
        long cpuStart = cpuNanos.getAsLong();
        try {
            return work.run();
        } finally {
            long cpuEnd = cpuNanos.getAsLong();
            long cpu = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1_000_000;
            entries.add(new Entry(stage, (System.nanoTime() - start) / 1_000_000, cpu));
        }
    }

    /** Times a stage that returns nothing. */
    void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    private static LongSupplier processCpuNanos() {
        ProcessHandle self = ProcessHandle.current();
        return () -> self.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
