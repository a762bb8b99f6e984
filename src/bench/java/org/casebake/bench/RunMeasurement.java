package org.casebake.bench;

import java.time.Duration;

/**
 * How one run of a measured command went.
 *
 * @param wall        wall-clock time from start to exit
 * @param peakRssKiB  the process's peak resident set size in KiB, or -1 when it could not be measured
 * @param cpu         user plus system CPU time of the process and the children it waited for (a build's
 *                    re-run JVM), or null when it could not be measured
 * @param exitCode    the command's exit code
 * @param lastLine    the last non-blank line the command printed (a build's one-line summary), or ""
 */
public record RunMeasurement(Duration wall, long peakRssKiB, Duration cpu, int exitCode, String lastLine) {

    /** True when the command exited with 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The CPU time in seconds, or -1 when unknown. */
    public double cpuSeconds() {
        return cpu == null ? -1 : cpu.toNanos() / 1e9;
    }

    /** The peak RSS in MiB, or -1 when unknown. */
    public double peakRssMiB() {
        return peakRssKiB < 0 ? -1 : peakRssKiB / 1024.0;
    }
}
