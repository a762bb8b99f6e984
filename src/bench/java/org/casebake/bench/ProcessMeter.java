package org.casebake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a separate process and measures its wall time, CPU time and peak resident memory.
 *
 * <p>Peak memory comes from GNU time ({@code /usr/bin/time -f %M}, the kernel's own maximum for the
 * child) where that exists, with the CPU time (its {@code %U} and {@code %S}, which count the children the
 * command waited for, as a build waits for its re-run JVM); otherwise from polling {@code /proc/<pid>/status} for {@code VmHWM}, which
 * is the kernel's high-water mark too but may miss growth in the last few milliseconds before exit.
 * The command's output goes to a log file, so a long build never blocks on a full pipe.
 */
public final class ProcessMeter {

    /** Where the peak memory figure comes from. */
    public enum PeakMemorySource {
        /** GNU time's maximum resident set size of the child. */
        GNU_TIME,
        /** Polling VmHWM in /proc while the process runs. */
        PROC_STATUS,
        /** Not measured (neither of the above is available). */
        NONE
    }

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long POLL_MILLIS = 5;

    private final PeakMemorySource source;

    /** A meter that takes its peak memory figure from {@code source}. */
    public ProcessMeter(PeakMemorySource source) {
        this.source = source;
    }

    /** A meter using GNU time where it works here, else /proc polling, else no memory figure. */
    public static ProcessMeter forThisMachine() {
        if (Files.isExecutable(GNU_TIME) && gnuTimeWorks()) {
            return new ProcessMeter(PeakMemorySource.GNU_TIME);
        }
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            return new ProcessMeter(PeakMemorySource.PROC_STATUS);
        }
        return new ProcessMeter(PeakMemorySource.NONE);
    }

    /** Where this meter's memory figures come from. */
    public PeakMemorySource source() {
        return source;
    }

    /** Runs {@code command} to completion, its output (stdout and stderr) going to {@code log}. */
    public RunMeasurement run(List<String> command, Path log) throws IOException, InterruptedException {
        Path timeReport = source == PeakMemorySource.GNU_TIME ? Files.createTempFile("casebake-time", ".txt") : null;
        try {
            List<String> full = new ArrayList<>();
            if (timeReport != null) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", timeReport.toString()));
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            long polledKiB = source == PeakMemorySource.PROC_STATUS ? pollPeak(process) : -1;
            int exitCode = process.waitFor();
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            TimeReport report = timeReport != null ? parseGnuTimeReport(Files.readString(timeReport)) : TimeReport.NONE;
            long peakKiB = timeReport != null ? report.peakKiB() : polledKiB;
            return new RunMeasurement(wall, peakKiB, report.cpu(), exitCode, lastLine(log));
        } finally {
            if (timeReport != null) {
                Files.deleteIfExists(timeReport);
            }
        }
    }

    /** What a GNU time report says: peak KiB (-1 if absent) and CPU time (null if absent). */
    record TimeReport(long peakKiB, Duration cpu) {
        static final TimeReport NONE = new TimeReport(-1, null);
    }

    /**
     * The figures of a GNU time report written with {@code -f "%M %U %S"}: its last line, after any
     * "Command exited with non-zero status" line; {@link TimeReport#NONE} if there is none.
     */
    static TimeReport parseGnuTimeReport(String report) {
        String[] lines = report.strip().split("\n");
        String[] fields = lines[lines.length - 1].strip().split(" ");
        if (fields.length != 3 || !fields[0].matches("\\d+") || !fields[1].matches("\\d+\\.\\d+") || !fields[2].matches("\\d+\\.\\d+")) {
            return TimeReport.NONE;
        }
        double seconds = Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]);
        return new TimeReport(Long.parseLong(fields[0]), Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /** The VmHWM figure of a /proc/<pid>/status text in KiB, or -1 if absent. */
    static long parseVmHwm(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.substring(6).replace("kB", "").strip());
            }
        }
        return -1;
    }

    private static long pollPeak(Process process) throws InterruptedException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        do {
            try {
                peak = Math.max(peak, parseVmHwm(Files.readAllLines(status, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException gone) {
                // The process exited between the liveness check and the read; its last figure stands.
            }
        } while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS));
        return peak;
    }

    /** The lines of a run's log, decoded leniently: a child's odd bytes must not lose the measurement. */
    static List<String> readLog(Path log) throws IOException {
        return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = readLog(log);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    private static boolean gnuTimeWorks() {
        try {
            Path probe = Files.createTempFile("casebake-time-probe", ".txt");
            try {
                Process process = new ProcessBuilder(GNU_TIME.toString(), "-f", "%M %U %S", "-o", probe.toString(), "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor() == 0 && parseGnuTimeReport(Files.readString(probe)).peakKiB() > 0;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
