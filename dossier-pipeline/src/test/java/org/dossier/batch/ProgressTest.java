package org.dossier.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aRunOverSmallFilesReadsKilobytesASecondNotZeroMegabytes() {
        // 415 KB in 40 s: printed as "0.0 MB/s" before
        assertEquals("10.4 kB/s", Progress.rate(415_000, 40));
    }

    @Test
    void aFastReadIsInMegabytesASecond() {
        assertEquals("2.5 MB/s", Progress.rate(25_000_000, 10));
    }

    @Test
    void noTimeYetIsNoRate() {
        assertEquals("0.0 kB/s", Progress.rate(1000, 0));
    }
}
