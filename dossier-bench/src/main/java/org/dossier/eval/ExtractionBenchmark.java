package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.extract.Extractor;
import org.dossier.ingest.BoundedReader;
import org.dossier.ingest.Gzip;
import org.dossier.ingest.Limits;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;

/**
 * A benchmark directory in the Zyte layout: {@code ground-truth.json} ({@code {id: {articleBody,
 * url}}}) beside {@code html/<id>.html[.gz]} or {@code text/<id>.txt}. Loads the pages, runs an
 * extractor over them and scores the bodies with {@link ShingleMetric}.
 */
public final class ExtractionBenchmark {

    /** One benchmark page: its input and its true body. */
    public record Case(String id, RawPage page, String truth) {
    }

    /** A scored run. */
    public record Result(ExtractionScore score, long bytes, double extractSeconds, Map<String, String> bodies) {
        public double pagesPerSecond() {
            return score.pages() / extractSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / extractSeconds;
        }
    }

    private final List<Case> cases;

    private ExtractionBenchmark(List<Case> cases) {
        this.cases = List.copyOf(cases);
    }

    public List<Case> cases() {
        return cases;
    }

    /** Loads the benchmark in {@code dir}; throws with the path and problem when it is not one. */
    public static ExtractionBenchmark load(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException(dir + " is not an extraction benchmark: it has no ground-truth.json");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Map<String, Case> cases = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            Optional<Path> file = pageFile(dir, id);
            if (file.isEmpty()) {
                throw new IOException(dir + ": no page file for truth id " + id + " (looked for html/" + id
                        + ".html.gz, html/" + id + ".html and text/" + id + ".txt)");
            }
            byte[] bytes;
            try (InputStream in = Gzip.maybeInflate(new java.io.BufferedInputStream(Files.newInputStream(file.get())))) {
                bytes = BoundedReader.readAtMost(in, Limits.DEFAULT.maxPageBytes())
                        .orElseThrow(() -> new IOException(file.get() + " is over the page size cap"));
            }
            JsonNode url = e.getValue().get("url");
            RawPage page = new RawPage(file.get().toString(), bytes,
                    url == null || url.isNull() ? Optional.empty() : Optional.of(url.asText()),
                    Optional.empty(), Optional.empty());
            cases.put(id, new Case(id, page, e.getValue().path("articleBody").asText("")));
        }
        return new ExtractionBenchmark(new ArrayList<>(cases.values()));
    }

    private static Optional<Path> pageFile(Path dir, String id) {
        for (Path p : List.of(dir.resolve("html").resolve(id + ".html.gz"), dir.resolve("html").resolve(id + ".html"),
                dir.resolve("text").resolve(id + ".txt"))) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Extracts every page once on this thread and scores the bodies. */
    public Result run(Extractor extractor) {
        List<ExtractionScore.PageScore> scores = new ArrayList<>();
        Map<String, String> bodies = new TreeMap<>();
        long bytes = 0;
        long nanos = 0;
        for (Case c : cases) {
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(c.page());
            nanos += System.nanoTime() - t0;
            bytes += c.page().bytes().length;
            String body = x instanceof Extraction.Found f ? f.article().body() : "";
            bodies.put(c.id(), body);
            ShingleMetric.Counts counts = ShingleMetric.score(c.truth(), body);
            boolean truthEmpty = ShingleMetric.words(c.truth()).isEmpty();
            boolean exact = ShingleMetric.words(c.truth()).equals(ShingleMetric.words(body));
            scores.add(new ExtractionScore.PageScore(c.id(), counts.precision(truthEmpty), counts.recall(), exact,
                    counts.tp(), counts.fp(), counts.fn()));
        }
        return new Result(ExtractionScore.of(scores), bytes, nanos / 1e9, bodies);
    }
}
