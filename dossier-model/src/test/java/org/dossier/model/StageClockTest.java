package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dossier.model.StageClock.Stage;
import org.junit.jupiter.api.Test;

class StageClockTest {

    private static long busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += x * 31 + 7;
        }
        return x;
    }

    @Test
    void theOffClockRecordsNothing() {
        StageClock.OFF.run(Stage.NER, () -> busy(5));
        assertEquals(List.of(), StageClock.OFF.totals());
    }

    @Test
    void eachStageCountsItsCallsAndItsTimeInStageOrder() {
        StageClock clock = StageClock.recording();
        clock.run(Stage.WRITE, () -> busy(2));
        for (int i = 0; i < 3; i++) {
            clock.time(Stage.EXTRACT, () -> busy(2));
        }
        List<StageClock.Total> totals = clock.totals();
        assertEquals(List.of(Stage.EXTRACT, Stage.WRITE), totals.stream().map(StageClock.Total::stage).toList());
        assertEquals(3, totals.get(0).calls());
        assertEquals(1, totals.get(1).calls());
        assertTrue(totals.get(0).wall().toNanos() >= 6_000_000, totals.toString());
    }

    @Test
    void stagesOnSeveralThreadsAddUpTheirThreadTime() throws InterruptedException {
        StageClock clock = StageClock.recording();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 8; i++) {
            pool.submit(() -> clock.run(Stage.FEATURES, () -> busy(3)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        StageClock.Total t = clock.totals().get(0);
        assertEquals(8, t.calls());
        assertTrue(t.wall().toNanos() >= 24_000_000, "eight laps of at least 3 ms each: " + t);
    }

    @Test
    void aLapLeftOpenByAFailureRecordsNothing() {
        StageClock clock = StageClock.recording();
        try {
            clock.run(Stage.ALIGN, () -> {
                throw new IllegalStateException("a bug in the stage");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's to handle
        }
        assertEquals(1, clock.totals().size(), "a failed call still took its time");
        StageClock.Lap open = clock.start(Stage.DATES);
        assertEquals(1, clock.totals().size(), "an open lap is not counted until it closes");
        open.close();
        assertEquals(2, clock.totals().size());
    }

    @Test
    void labelsAreWhatReportsPrint() {
        assertEquals("story views", Stage.STORIES.label());
        assertEquals("load models", Stage.LOAD.label());
        assertEquals("ner", Stage.NER.label());
    }
}
