package org.casebake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMeterTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A JVM, even one that only prints its version, holds well over 8 MiB resident. */
    private static final long LEAST_JVM_KIB = 8 * 1024;

    @TempDir
    Path temp;

    @Test
    void measuresWallTimePeakMemoryAndLastLineOfJavaVersionByPollingProc() throws Exception {
        // A JVM that stays up for a moment: polling /proc can miss a process as short as "java -version".
        Path sleeper = Files.writeString(temp.resolve("Sleeper.java"),
                "class Sleeper { public static void main(String[] a) throws Exception {"
                        + " Thread.sleep(700); System.err.println(\"Sleeper VM done\"); } }");
        RunMeasurement run = new ProcessMeter(ProcessMeter.PeakMemorySource.PROC_STATUS)
                .run(List.of(JAVA, sleeper.toString()), temp.resolve("log"));

        assertEquals(0, run.exitCode());
        assertTrue(run.peakRssKiB() > LEAST_JVM_KIB, "peak " + run.peakRssKiB() + " KiB");
        assertTrue(run.wall().compareTo(Duration.ZERO) > 0 && run.wall().compareTo(Duration.ofMinutes(1)) < 0);
        assertTrue(run.lastLine().contains("VM"), run.lastLine());
    }

    @Test
    void measuresPeakMemoryWithTheBestSourceThisMachineHas() throws Exception {
        ProcessMeter meter = ProcessMeter.forThisMachine();
        RunMeasurement run = meter.run(List.of(JAVA, "-version"), temp.resolve("log"));

        assertNotEquals(ProcessMeter.PeakMemorySource.NONE, meter.source());
        assertTrue(run.peakRssKiB() > LEAST_JVM_KIB, meter.source() + " peak " + run.peakRssKiB() + " KiB");
        if (meter.source() == ProcessMeter.PeakMemorySource.GNU_TIME) {
            assertTrue(run.cpu() != null && run.cpu().toMillis() > 0, "a JVM's start takes CPU time: " + run.cpu());
        }
    }

    @Test
    void reportsTheExitCodeOfAFailingCommand() throws Exception {
        RunMeasurement run = ProcessMeter.forThisMachine()
                .run(List.of(JAVA, "-XX:+NoSuchCasebakeOption", "-version"), temp.resolve("log"));

        assertNotEquals(0, run.exitCode());
        assertTrue(!run.succeeded());
    }

    @Test
    void readsTheKibibytesOfAGnuTimeReportAlsoAfterAFailure() {
        assertEquals(new ProcessMeter.TimeReport(123456, Duration.ofMillis(1750)), ProcessMeter.parseGnuTimeReport("123456 1.50 0.25\n"));
        assertEquals(new ProcessMeter.TimeReport(98765, Duration.ofMillis(30)),
                ProcessMeter.parseGnuTimeReport("Command exited with non-zero status 1\n98765 0.02 0.01\n"));
        assertEquals(ProcessMeter.TimeReport.NONE, ProcessMeter.parseGnuTimeReport("Command terminated by signal 9\n"));
        assertEquals(ProcessMeter.TimeReport.NONE, ProcessMeter.parseGnuTimeReport("123456\n"));
    }

    @Test
    void readsTheHighWaterMarkOfAProcStatus() throws IOException {
        assertEquals(41236, ProcessMeter.parseVmHwm(List.of("Name:\tjava", "VmPeak:\t 3612345 kB",
                "VmHWM:\t   41236 kB", "VmRSS:\t   40000 kB")));
        assertEquals(-1, ProcessMeter.parseVmHwm(List.of("Name:\tzombie")));
    }
}
