package org.casebake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The counted runs of one measured command, and their medians.
 *
 * @param label what was measured, such as the jar's path
 * @param runs  the counted runs in the order they ran (warm-up runs excluded)
 */
public record BenchmarkResult(String label, List<RunMeasurement> runs) {

    public BenchmarkResult {
        runs = List.copyOf(runs);
    }

    /** The median wall time in seconds. */
    public double medianWallSeconds() {
        return median(run -> run.wall().toNanos() / 1e9);
    }

    /** The median peak RSS in MiB, or -1 when memory was not measured. */
    public double medianPeakRssMiB() {
        return runs.stream().anyMatch(run -> run.peakRssKiB() < 0) ? -1 : median(RunMeasurement::peakRssMiB);
    }

    /** The median CPU time in seconds, or -1 when CPU time was not measured. */
    public double medianCpuSeconds() {
        return runs.stream().anyMatch(run -> run.cpu() == null) ? -1 : median(RunMeasurement::cpuSeconds);
    }

    /** {@code "4.87 s wall, 7.90 s CPU, 612 MiB peak RSS"}: the medians as a phrase. */
    public String describeMedians() {
        return String.format(Locale.ROOT, "%.2f s wall, %s CPU, %s peak RSS", medianWallSeconds(),
                seconds(medianCpuSeconds()), mebibytes(medianPeakRssMiB()));
    }

    /** One run as a phrase: {@code "4.87 s wall, 7.90 s CPU, 612 MiB peak RSS"}. */
    public static String describe(RunMeasurement run) {
        return String.format(Locale.ROOT, "%.2f s wall, %s CPU, %s peak RSS", run.wall().toNanos() / 1e9,
                seconds(run.cpuSeconds()), mebibytes(run.peakRssMiB()));
    }

    static String mebibytes(double mib) {
        return mib < 0 ? "(unmeasured)" : String.format(Locale.ROOT, "%.0f MiB", mib);
    }

    static String seconds(double seconds) {
        return seconds < 0 ? "(unmeasured)" : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private double median(ToDoubleFunction<RunMeasurement> value) {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs to take a median of");
        }
        List<Double> values = new ArrayList<>();
        runs.forEach(run -> values.add(value.applyAsDouble(run)));
        values.sort(Double::compare);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }
}
