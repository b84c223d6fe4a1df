package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        AttributionBenchmark.Result r = AttributionBenchmark.run(AttributionCorpus.load(dev), new QuoteExtractor(), null);
        assertEquals(84, r.articles());
        assertEquals(0.747, r.all().f1(), TOLERANCE, "content F1, all");
        assertEquals(0.913, r.direct().f1(), TOLERANCE, "content F1, direct quotes");
        assertEquals(0.697, r.other().f1(), TOLERANCE, "content F1, the rest");
        assertEquals(0.905, r.all().sourceAccuracy(), TOLERANCE, "source accuracy among found contents");
    }
}
