package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dossier.extract.PageExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HTML extractor on the public Zyte article-extraction benchmark (181 news and blog pages),
 * scored with the benchmark's own metric. The floors are the scores measured when the extractor
 * was last tuned, minus a small tolerance, so a change that loses accuracy fails here; the issue's
 * target is F1 0.955 (trafilatura 2.0.0 scores 0.958 on these pages).
 */
class HtmlExtractionBenchmarkIT {
    /** Measured: P 0.978, R 0.987, F1 0.982, accuracy 0.453. */
    private static final double MIN_F1 = 0.975;
    private static final double MIN_PRECISION = 0.970;
    private static final double MIN_RECALL = 0.980;

    @Test
    void zyteBenchmarkScoresAtLeastTheMeasuredF1() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Assumptions.assumeTrue(shared != null, "dossier.shared is not set");
        Path dir = Path.of(shared, "bench", "extraction-zyte");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "no benchmark at " + dir);

        ExtractionBenchmark bench = ExtractionBenchmark.load(dir);
        ExtractionBenchmark.Result result = bench.run(new PageExtractor());
        ExtractionScore s = result.score();
        String summary = String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f accuracy %.3f", s.precision(), s.recall(),
                s.f1(), s.accuracy());

        assertEquals(181, s.pages(), summary);
        long empty = result.bodies().values().stream().filter(String::isBlank).count();
        assertEquals(0, empty, "pages with no article: " + summary);
        assertTrue(s.f1() >= MIN_F1, "F1 fell below " + MIN_F1 + ": " + summary);
        assertTrue(s.precision() >= MIN_PRECISION, "precision fell below " + MIN_PRECISION + ": " + summary);
        assertTrue(s.recall() >= MIN_RECALL, "recall fell below " + MIN_RECALL + ": " + summary);
    }
}
