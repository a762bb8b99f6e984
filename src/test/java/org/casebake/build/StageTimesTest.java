package org.casebake.build;

import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageTimesTest {

    @Test
    void eachStageGetsTheCpuTimeSpentWhileItRan() {
        Iterator<Long> clock = List.of(1_000_000_000L, 3_500_000_000L, 3_500_000_000L, 3_520_000_000L).iterator();
        StageTimes times = new StageTimes(clock::next);

        times.run("render", () -> { });
        times.run("search index", () -> { });

        List<StageTimes.Entry> entries = times.entries();
        assertEquals(List.of("render", "search index"), entries.stream().map(StageTimes.Entry::stage).toList());
        assertEquals(2_500, entries.get(0).cpuMillis());
        assertEquals(20, entries.get(1).cpuMillis());
    }

    @Test
    void cpuTimeIsUnknownWhenTheClockCannotTell() {
        StageTimes times = new StageTimes(() -> -1);

        times.run("scan", () -> { });

        assertEquals(-1, times.entries().get(0).cpuMillis());
    }

    @Test
    void theProcessClockAdvancesWithWork() {
        StageTimes times = new StageTimes();
        times.run("work", () -> {
            long end = System.nanoTime() + 200_000_000L;
            double x = 0;
            while (System.nanoTime() < end) {
                x += Math.sqrt(x + 1);
            }
            assertTrue(x > 0);
        });

        StageTimes.Entry entry = times.entries().get(0);
        assertTrue(entry.millis() >= 200, "wall " + entry.millis());
        assertTrue(entry.cpuMillis() >= 100, "a busy stage uses CPU time, got " + entry.cpuMillis());
    }
}
