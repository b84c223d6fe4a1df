package org.dossier.store.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.Stores;

/**
 * Benchmark, not a test: how search latency on the OpenSearch store grows with the number of
 * articles, for full text (BM25), semantic (exact cosine by script_score over every filtered
 * article) and hybrid. Articles are synthetic (seeded words and seeded unit vectors of dimension
 * 384), written in batches of 1,000; each size is measured with 100 queries after 20 warm-up
 * queries, one at a time. Run by {@code dossier-store-opensearch/bench.sh}; results go in
 * docs/BENCHMARKS.md.
 */
public final class SemanticSearchBench {
    private static final int DIM = 384;
    private static final String[] WORDS = ("harbour strike union wages council vote museum river bridge flood court "
            + "judge minister budget school teacher hospital nurse police station market price energy grid storm "
            + "train station airport election mayor farmer harvest festival theatre library").split(" ");

    private SemanticSearchBench() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 30_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        OpenSearchTestNode node = OpenSearchTestNode.get();
        String location = node.location("bench");
        OpenSearchStore.drop(location);
        Random random = new Random(42);
        int stored = 0;
        System.out.println("articles  mode       median_ms  p95_ms  (store: OpenSearch 3.8 single node, 512 MB heap)");
        try (Store store = Stores.open(location, Store.Access.READ_WRITE)) {
            for (int size : sizes) {
                long started = System.nanoTime();
                while (stored < size) {
                    int n = Math.min(1_000, size - stored);
                    store.add(batch(random, stored, n));
                    stored += n;
                }
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "# %d articles stored (%.1f s for this step)%n", stored, loadSeconds);
                for (SearchMode mode : SearchMode.values()) {
                    double[] ms = measure(store, mode, new Random(7));
                    System.out.printf(Locale.ROOT, "%8d  %-9s  %9.1f  %6.1f%n", size, mode, ms[0], ms[1]);
                }
            }
        } finally {
            OpenSearchStore.drop(location);
        }
        System.exit(0);
    }

    private static double[] measure(Store store, SearchMode mode, Random random) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            Optional<float[]> vector = mode == SearchMode.FULL_TEXT ? Optional.empty() : Optional.of(unit(random));
            SearchQuery q = new SearchQuery(words, mode, vector, SearchFilters.NONE, Set.of(), 0, 10);
            long t = System.nanoTime();
            store.search(q);
            if (i >= 20) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        times.sort(null);
        return new double[] {times.get(times.size() / 2), times.get((int) (times.size() * 0.95))};
    }

    /** {@code n} synthetic articles with embeddings, ids numbered from {@code first}. */
    static StoreBatch batch(Random random, int first, int n) {
        List<AnalysedArticle> articles = new ArrayList<>();
        Map<String, float[]> embeddings = new HashMap<>();
        for (int i = first; i < first + n; i++) {
            String id = String.format(Locale.ROOT, "%016x", 0x1000000L + i);
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            ArticleMetadata m = new ArticleMetadata(Optional.empty(), Optional.of("Outlet " + (i % 7)),
                    Optional.of("Article " + i), Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(Timestamp.of(LocalDate.of(2024, 1, 1).plusDays(i % 365))), Optional.of("en"));
            Article a = Article.of(id, "bench:" + i, m, List.of(new Paragraph(body.toString())), List.of());
            articles.add(AnalysedArticle.bare(a));
            embeddings.put(id, unit(random));
        }
        DossierResult r = new DossierResult(articles, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new StoreBatch(r, embeddings, "bench " + first);
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIM];
        double norm = 0;
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < DIM; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }
}
