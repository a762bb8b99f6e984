package org.casebake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkResultTest {

    @Test
    void mediansOfAnOddNumberOfRunsAreTheMiddleRun() {
        BenchmarkResult result = new BenchmarkResult("jar", List.of(run(3000, 500 * 1024, 4500), run(1000, 700 * 1024, 1200),
                run(2000, 600 * 1024, 3300)));

        assertEquals(2.0, result.medianWallSeconds(), 1e-9);
        assertEquals(600.0, result.medianPeakRssMiB(), 1e-9);
        assertEquals(3.3, result.medianCpuSeconds(), 1e-9);
        assertEquals("2.00 s wall, 3.30 s CPU, 600 MiB peak RSS", result.describeMedians());
    }

    @Test
    void mediansOfAnEvenNumberOfRunsAreTheMeanOfTheMiddleTwo() {
        BenchmarkResult result = new BenchmarkResult("jar", List.of(run(4000, 400 * 1024), run(1000, 100 * 1024),
                run(2000, 200 * 1024), run(3000, 300 * 1024)));

        assertEquals(2.5, result.medianWallSeconds(), 1e-9);
        assertEquals(250.0, result.medianPeakRssMiB(), 1e-9);
    }

    @Test
    void memoryIsUnmeasuredWhenAnyRunLacksIt() {
        BenchmarkResult result = new BenchmarkResult("jar", List.of(run(1000, 100 * 1024), run(1000, -1)));

        assertEquals(-1, result.medianPeakRssMiB());
        assertEquals("1.00 s wall, 1.50 s CPU, (unmeasured) peak RSS", result.describeMedians());
    }

    @Test
    void cpuTimeIsUnmeasuredWhenAnyRunLacksIt() {
        BenchmarkResult result = new BenchmarkResult("jar", List.of(run(1000, 100 * 1024, 900),
                new RunMeasurement(Duration.ofMillis(1000), 100 * 1024, null, 0, "built")));

        assertEquals(-1, result.medianCpuSeconds());
        assertEquals("1.00 s wall, (unmeasured) CPU, 100 MiB peak RSS", result.describeMedians());
    }

    private static RunMeasurement run(long millis, long peakKiB) {
        return run(millis, peakKiB, 1500);
    }

    private static RunMeasurement run(long millis, long peakKiB, long cpuMillis) {
        return new RunMeasurement(Duration.ofMillis(millis), peakKiB, Duration.ofMillis(cpuMillis), 0, "built");
    }
}
