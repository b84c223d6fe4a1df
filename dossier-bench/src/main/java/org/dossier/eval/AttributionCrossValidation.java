package org.dossier.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.dossier.quote.QuoteExtractor;

/**
 * K-fold cross-validation of the quote stage over a benchmark split's articles: the articles are
 * dealt into {@code k} folds (sorted by name, then shuffled with a seed, so the folds depend on the
 * seed alone); each fold is scored by an extractor fitted on the other folds (for the rules alone the
 * fit ignores its articles). Per-fold scores show the spread; the pooled counts are the estimate.
 */
public final class AttributionCrossValidation {

    /** One fold's scores: its articles were held out of the fit that scored them. */
    public record Fold(int index, int articles, AttributionScore all, AttributionScore direct, AttributionScore other) {
    }

    /**
     * The folds and their pooled counts.
     *
     * @param k      number of folds, at least 2
     * @param seed   the shuffle's seed
     * @param folds  each fold's scores, in fold order
     * @param pooled the counts of all folds added up
     */
    public record Result(int k, long seed, List<Fold> folds, AttributionScore pooled) {
        public Result {
            if (k < 2 || folds.size() != k) {
                throw new IllegalArgumentException("a cross-validation needs k >= 2 folds and one result each, got k="
                        + k + " with " + folds.size() + " results");
            }
            folds = List.copyOf(folds);
        }

        /** The mean of the folds' content F1. */
        public double meanF1() {
            return folds.stream().mapToDouble(f -> f.all().f1()).average().orElse(0);
        }

        /** The sample standard deviation of the folds' content F1. */
        public double sdF1() {
            double mean = meanF1();
            double ss = folds.stream().mapToDouble(f -> (f.all().f1() - mean) * (f.all().f1() - mean)).sum();
            return Math.sqrt(ss / (folds.size() - 1));
        }
    }

    private AttributionCrossValidation() {
    }

    /**
     * The articles dealt into {@code k} folds: sorted by name, shuffled with {@code seed}, then dealt
     * in turn, so fold sizes differ by one at most.
     */
    public static List<List<AttributionBenchmark.Tagged>> split(List<AttributionBenchmark.Tagged> docs, int k, long seed) {
        if (k < 2 || k > docs.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the " + docs.size() + " articles, got " + k);
        }
        List<AttributionBenchmark.Tagged> order = new ArrayList<>(docs);
        order.sort(Comparator.comparing(t -> t.doc().name()));
        java.util.Collections.shuffle(order, new Random(seed));
        List<List<AttributionBenchmark.Tagged>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < order.size(); i++) {
            folds.get(i % k).add(order.get(i));
        }
        return folds;
    }

    /** Scores each fold with the extractor {@code fit} makes from the other folds' articles. */
    public static Result run(List<AttributionBenchmark.Tagged> docs, int k, long seed,
                             Function<List<AttributionBenchmark.Tagged>, QuoteExtractor> fit) {
        List<List<AttributionBenchmark.Tagged>> folds = split(docs, k, seed);
        List<Fold> out = new ArrayList<>();
        AttributionScore pooled = AttributionScore.zero();
        for (int f = 0; f < k; f++) {
            List<AttributionBenchmark.Tagged> rest = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    rest.addAll(folds.get(g));
                }
            }
            AttributionBenchmark.Result r;
            try {
                r = AttributionBenchmark.score(folds.get(f), fit.apply(rest), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no error file is written, so nothing is read or written here
            }
            out.add(new Fold(f + 1, r.articles(), r.all(), r.direct(), r.other()));
            pooled = pooled.plus(r.all());
        }
        return new Result(k, seed, out, pooled);
    }
}
