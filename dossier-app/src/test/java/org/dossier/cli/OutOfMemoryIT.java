package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a heap too small for the run is exit code 3 with a sentence naming the limit to raise,
 * never a stack trace and never 1 (which means "some inputs were rejected").
 */
class OutOfMemoryIT {
    @TempDir
    Path tmp;

    @Test
    void aHeapTooSmallForTheModelsExitsThreeAndSaysWhichLimitToRaise() {
        Path page = Dossiers.copyExample("02_coastline_daily.txt", tmp.resolve("in/page.txt"));
        CliRun run = CliRun.childJvm("40m", tmp, "analyze", page.toString(), "--out", tmp.resolve("out").toString(), "-q");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("out of memory"), run.err());
        assertTrue(run.err().contains("DOSSIER_JAVA_OPTS=-Xmx"), run.err());
        assertFalse(run.printedStackTrace(), run.err());
    }
}
