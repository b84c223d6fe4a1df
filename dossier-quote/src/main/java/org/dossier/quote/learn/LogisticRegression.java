package org.dossier.quote.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits a {@link LogisticModel} by stochastic gradient descent with per-feature step sizes (AdaGrad)
 * and an L2 penalty, the examples visited in an order drawn from a seed: the same examples, options
 * and seed give the same weights. Features seen in fewer than {@code minCount} examples are left
 * out (they would be noise), and weights smaller than {@code prune} are dropped from the result.
 */
public final class LogisticRegression {

    /**
     * How to fit.
     *
     * @param epochs   passes over the examples, at least 1
     * @param rate     the base step size, positive
     * @param l2       the L2 penalty per example, not negative
     * @param minCount a feature must hold in at least this many examples to get a weight
     * @param prune    weights of smaller magnitude are dropped from the model
     * @param seed     the seed of the visiting order
     */
    public record Options(int epochs, double rate, double l2, int minCount, double prune, long seed) {
        public Options {
            if (epochs < 1 || !(rate > 0) || l2 < 0 || minCount < 1 || prune < 0) {
                throw new IllegalArgumentException("options need epochs >= 1, rate > 0, l2 >= 0, minCount >= 1, prune >= 0, got "
                        + epochs + ", " + rate + ", " + l2 + ", " + minCount + ", " + prune);
            }
        }
    }

    private LogisticRegression() {
    }

    public static LogisticModel fit(List<Example> examples, Options o) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("nothing to fit: no examples");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : new LinkedHashSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (c >= o.minCount()) {
                index.put(f, names.size());
                names.add(f);
            }
        });
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new LinkedHashSet<>(examples.get(i).features()).stream().filter(index::containsKey)
                    .mapToInt(index::get).toArray();
        }
        double[] w = new double[names.size()];
        double[] g2 = new double[names.size()];
        double bias = 0;
        double bias2 = 0;
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                double z = bias;
                for (int f : rows[i]) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (examples.get(i).positive() ? 1 : 0);
                bias2 += err * err;
                bias -= o.rate() * err / Math.sqrt(bias2 + 1e-8);
                for (int f : rows[i]) {
                    double g = err + o.l2() * w[f];
                    g2[f] += g * g;
                    w[f] -= o.rate() * g / Math.sqrt(g2[f] + 1e-8);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            if (Math.abs(w[f]) >= o.prune()) {
                weights.put(names.get(f), w[f]);
            }
        }
        return new LogisticModel(bias, weights);
    }
}
