package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.corpora.PolnearLayout;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.pipeline.ArticleVectors;
import org.dossier.store.Facet;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.Stores;

/**
 * The store's benchmark: fills a fresh store with {@code N} synthetic articles in batches, one
 * commit each, timing {@link Store#add}; then times full-text, semantic and hybrid searches (top 10
 * with every facet counted) and reports p50 and p95 with the heap. The articles are
 * {@link SyntheticNews}'s, rewritten from the real texts of a corpus in the PolNeAR layout
 * ({@link HeadlinedText}), and grouped into stories with mentions, quotes and vectors by
 * {@link AnnotatedStories}. Theme vectors are the MiniLM embeddings of the real texts' headline and
 * lead (or seeded random unit vectors with {@code --random-vectors}); query vectors are MiniLM
 * embeddings of the query words, computed before the timing (their cost is reported apart).
 *
 * <p>{@code java -cp dossier-bench/target/dossier-bench.jar org.dossier.bench.StoreBenchmark POLNEAR_DIR STORE [N] [BATCH] [QUERIES] [--random-vectors]}
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StoreBenchmark POLNEAR_DIR STORE_DIR [ARTICLES=100000] [BATCH=1000] [QUERIES=300] [--random-vectors]");
            System.exit(2);
        }
        Path texts = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int queries = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        boolean randomVectors = List.of(args).contains("--random-vectors");
        if (Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " exists: the benchmark needs a fresh store directory");
        }
        Machine machine = Machine.current();
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, %s, Java %s, -Xmx %d MB, vector module %s%n", machine.cores(),
                machine.cpu(), machine.os(), machine.java(), machine.maxHeap() >> 20,
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "on" : "off");

        List<HeadlinedText> bases = HeadlinedText.read(PolnearLayout.open(texts));
        List<float[]> baseVectors;
        Random seeded = new Random(42);
        List<String> queryTexts = new ArrayList<>();
        AnnotatedStories news;
        List<float[]> queryVectors = new ArrayList<>();
        double embedMs;
        try (MiniLmEmbedder model = new MiniLmEmbedder(Runtime.getRuntime().availableProcessors())) {
            ArticleVectors vectors = new ArticleVectors(model);
            if (randomVectors) {
                baseVectors = Stream.generate(() -> random(seeded, model.dimension())).limit(bases.size()).toList();
            } else {
                List<Article> baseArticles = new ArrayList<>();
                for (int i = 0; i < bases.size(); i++) {
                    HeadlinedText b = bases.get(i);
                    baseArticles.add(Article.of(String.format(Locale.ROOT, "%016x", i), "base", new ArticleMetadata(Optional.empty(),
                            Optional.of(b.outlet()), Optional.of(b.title()), Optional.empty(), Optional.empty(), List.of(),
                            Optional.empty(), Optional.empty()), b.paragraphs().stream().limit(2).map(Paragraph::new).toList(), List.of()));
                }
                var byId = vectors.embed(baseArticles);
                baseVectors = baseArticles.stream().map(a -> byId.get(a.id())).toList();
            }
            news = new AnnotatedStories(bases, baseVectors, 7);
            for (int i = 0; i < queries; i++) {
                queryTexts.add(news.queryText(seeded));
            }
            long t = System.nanoTime();
            for (String q : queryTexts) {
                queryVectors.add(vectors.query(q));
            }
            embedMs = (System.nanoTime() - t) / 1e6 / queries;
        }
        System.out.printf(Locale.ROOT, "texts: %d real articles, %d-d vectors (%s)%n", bases.size(), news.dimension(),
                randomVectors ? "seeded random" : "MiniLM of headline and lead");

        long addNanos = 0;
        long start = System.nanoTime();
        HeapWatch.Use ingestHeap;
        try (Store store = Stores.open(dir.toString(), Store.Access.READ_WRITE); HeapWatch watch = new HeapWatch()) {
            for (int b = 0; b * batch < articles; b++) {
                StoreBatch next = news.next(Math.min(batch, articles - b * batch));
                long t = System.nanoTime();
                store.add(next);
                addNanos += System.nanoTime() - t;
                if ((b + 1) % 10 == 0) {
                    System.err.printf(Locale.ROOT, "%d articles, %.0f/s into the store%n", (b + 1) * batch,
                            (b + 1) * (double) batch / (addNanos / 1e9));
                }
            }
            ingestHeap = watch.use();
            var stats = store.stats();
            System.out.printf(Locale.ROOT, "ingest: %d articles, %d quotes, %d entities, %d stories in %d commits;"
                            + " Store.add %.0f articles/s (%.1f s), with generation %.1f s; heap peak %.0f MB, live after GC %.0f MB;"
                            + " index %.0f MB on disk%n", stats.articles(), stats.quotes(), stats.entities(), stats.stories(),
                    stats.commits(), articles / (addNanos / 1e9), addNanos / 1e9, (System.nanoTime() - start) / 1e9,
                    ingestHeap.peakUsedMb(), ingestHeap.maxLiveAfterGcMb(), size(dir) / 1e6);
        }
        System.gc();
        try (Store store = Stores.open(dir.toString(), Store.Access.READ_ONLY)) {
            System.out.printf(Locale.ROOT, "query embedding (MiniLM, 1 query): %.1f ms mean%n", embedMs);
            for (SearchMode mode : SearchMode.values()) {
                for (boolean facets : List.of(false, true)) {
                    latency(store, mode, facets, queryTexts, queryVectors);
                }
            }
        }
    }

    private static void latency(Store store, SearchMode mode, boolean facets, List<String> texts, List<float[]> vectors) {
        Set<Facet> wanted = facets ? EnumSet.allOf(Facet.class) : Set.of();
        // warm up on the same queries (caches and JIT), then time each query alone
        long[] micros = new long[texts.size()];
        long hits = 0;
        try (HeapWatch watch = new HeapWatch()) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    SearchQuery q = new SearchQuery(texts.get(i), mode, mode == SearchMode.FULL_TEXT ? Optional.empty()
                            : Optional.of(vectors.get(i)), SearchFilters.NONE, wanted, 0, 10);
                    long t = System.nanoTime();
                    hits += store.search(q).total();
                    micros[i] = (System.nanoTime() - t) / 1000;
                }
            }
            HeapWatch.Use heap = watch.use();
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-9s %-9s p50 %6.1f ms  p95 %6.1f ms  (%d queries, mean total %d; heap peak %.0f MB, live after GC %.0f MB)%n",
                    mode, facets ? "+facets" : "top 10", sorted[sorted.length / 2] / 1000.0,
                    sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0, texts.size(), hits / (2L * texts.size()),
                    heap.peakUsedMb(), heap.maxLiveAfterGcMb());
        }
    }

    private static float[] random(Random r, int dim) {
        float[] v = new float[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dim; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
