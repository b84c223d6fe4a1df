package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.corpora.ZyteLayout;
import org.dossier.extract.Extractor;
import org.dossier.model.Extraction;

/**
 * Extraction scored on a benchmark in the Zyte layout ({@link ZyteLayout}: {@code ground-truth.json}
 * beside {@code html/<id>.html[.gz]} or {@code text/<id>.txt}): loads the pages, runs an extractor
 * over them and scores the bodies against the truth with {@link ShingleMetric}.
 */
public final class ExtractionBenchmark {

    /** A scored run. */
    public record Result(ExtractionScore score, long bytes, double extractSeconds, Map<String, String> bodies) {
        public double pagesPerSecond() {
            return score.pages() / extractSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / extractSeconds;
        }
    }

    private final List<ZyteLayout.Page> pages;

    private ExtractionBenchmark(List<ZyteLayout.Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The benchmark's pages with their truth, in id order. */
    public List<ZyteLayout.Page> pages() {
        return pages;
    }

    /** Loads the benchmark in {@code dir}; throws with the path and problem when it is not one. */
    public static ExtractionBenchmark load(Path dir) throws IOException {
        return new ExtractionBenchmark(ZyteLayout.open(dir).pages());
    }

    /** Extracts every page once on this thread and scores the bodies. */
    public Result run(Extractor extractor) {
        List<ExtractionScore.PageScore> scores = new ArrayList<>();
        Map<String, String> bodies = new TreeMap<>();
        long bytes = 0;
        long nanos = 0;
        for (ZyteLayout.Page p : pages) {
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(p.page());
            nanos += System.nanoTime() - t0;
            bytes += p.page().bytes().length;
            String body = x instanceof Extraction.Found f ? f.article().body() : "";
            bodies.put(p.id(), body);
            String truth = p.truth().articleBody();
            ShingleMetric.Counts counts = ShingleMetric.score(truth, body);
            boolean truthEmpty = ShingleMetric.words(truth).isEmpty();
            boolean exact = ShingleMetric.words(truth).equals(ShingleMetric.words(body));
            scores.add(new ExtractionScore.PageScore(p.id(), counts.precision(truthEmpty), counts.recall(), exact,
                    counts.tp(), counts.fp(), counts.fn()));
        }
        return new Result(ExtractionScore.of(scores), bytes, nanos / 1e9, bodies);
    }
}
