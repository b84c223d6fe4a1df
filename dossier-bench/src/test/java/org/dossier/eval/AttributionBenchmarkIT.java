package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.nlp.TextTagger;
import org.dossier.quote.QuoteExtractor;
import org.junit.jupiter.api.Test;

/**
 * The quote stage's scores on the PolNeAR dev split, as docs/ATTRIBUTION.md reports them, with a
 * tolerance. Skipped when ../shared (system property {@code dossier.shared}) is absent.
 */
class AttributionBenchmarkIT {
    private static final double TOLERANCE = 0.02;

    @Test
    void polnearDevScoresHoldWithinTolerance() throws Exception {
        String shared = System.getProperty("dossier.shared");
        Path dev = shared == null ? null : Path.of(shared, "bench/attribution-polnear/dev");
        assumeTrue(dev != null && Files.isDirectory(dev), "no PolNeAR dev split under dossier.shared");
        AttributionBenchmark.Result r = AttributionBenchmark.run(AttributionCorpus.load(dev), new TextTagger(), new QuoteExtractor(), null);
        assertEquals(84, r.articles());
        assertEquals(0.754, r.all().f1(), TOLERANCE, "content F1, all");
        assertEquals(0.920, r.direct().f1(), TOLERANCE, "content F1, direct quotes");
        assertEquals(0.705, r.other().f1(), TOLERANCE, "content F1, the rest");
        assertEquals(0.914, r.all().sourceAccuracy(), TOLERANCE, "source accuracy among found contents");
        // the targets, whatever the tolerance allows
        assertTrue(r.all().f1() >= 0.75, "content F1 overall at least 0.75, got " + r.all().f1());
        assertTrue(r.direct().f1() >= 0.90, "content F1 on direct quotes at least 0.90, got " + r.direct().f1());
        assertTrue(r.all().sourceAccuracy() >= 0.90, "source accuracy at least 0.90, got " + r.all().sourceAccuracy());
    }
}
