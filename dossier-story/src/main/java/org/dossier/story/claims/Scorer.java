package org.dossier.story.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.embed.Vectors;
import org.dossier.model.Timestamp;

/**
 * Scores and checks pairs of a story's statements: the similarity that aligns a claim, and the
 * rules that make one statement contradict another about the same thing (another number for the
 * same count, another date, a negation, opposite accounts).
 */
final class Scorer {
    private final List<Statement> statements;
    private final float[][] vectors;
    /** The share of shared rare words in the similarity, beside the embeddings' cosine. */
    private static final double LEXICAL_SHARE = 0.25;
    /** Specificity at which a shared date or number marks one fact: a handful of the story's statements give it. */
    private static final double RARE_VALUE = 0.6;

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Integer> keyCounts;
    private final double logN;
    private final ClaimConfig config;

    /** {@code vectors} holds a unit vector per statement, or is null to score on shared words. */
    Scorer(List<Statement> statements, float[][] vectors, ClaimConfig config, Map<String, Integer> keyCounts) {
        this.keyCounts = keyCounts;
        this.logN = Math.log(Math.max(2, statements.size()));
        this.statements = statements;
        this.vectors = vectors == null ? null : centred(vectors);
        this.config = config;
        Map<String, Integer> df = new HashMap<>();
        for (Statement s : statements) {
            for (String w : s.stems()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = statements.size();
        df.forEach((w, d) -> idf.put(w, Math.log(1.0 + (double) n / d)));
    }

    /**
     * The vectors less their mean, made unit again: a story's sentences share its topic, which
     * raises every pair's cosine alike; taken out, what is left tells one statement from another.
     */
    static float[][] centred(float[][] v) {
        int n = v.length;
        if (n < 2) {
            return v;
        }
        int d = v[0].length;
        double[] mean = new double[d];
        for (float[] x : v) {
            for (int k = 0; k < d; k++) {
                mean[k] += x[k];
            }
        }
        float[][] out = new float[n][d];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                double y = v[i][k] - mean[k] / n;
                out[i][k] = (float) y;
                norm += y * y;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int k = 0; k < d; k++) {
                    out[i][k] /= (float) norm;
                }
            }
        }
        return out;
    }

    Pair score(int i, int j, int sharedStems) {
        Statement a = statements.get(i);
        Statement b = statements.get(j);
        double base = vectors != null
                ? (1 - LEXICAL_SHARE) * Vectors.dot(vectors[i], vectors[j]) + LEXICAL_SHARE * overlap(a, b)
                : overlap(a, b);
        int entities = 0;
        double weight = 0;
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                entities++;
                weight += specificity("e:" + e);
            }
        }
        boolean dates = sharesDate(a, b);
        double valueWeight = 0;
        if (dates) {
            for (Timestamp x : a.dates()) {
                valueWeight = Math.max(valueWeight, specificity(ClaimAligner.dateKey(x)));
            }
        }
        boolean numbers = false;
        for (Statement.Quantity x : a.numbers()) {
            if (b.numbers().stream().anyMatch(y -> same(x.value(), y.value()))) {
                numbers = true;
                valueWeight = Math.max(valueWeight, specificity("n:" + x.value()));
            }
        }
        weight += valueWeight;
        int keys = entities + (dates ? 1 : 0) + (numbers ? 1 : 0);
        double score = base + Math.min(config.maxKeyBonus(), weight * config.keyBonus());
        boolean onTopic = entities > 0 || sharedStems >= 2;
        return new Pair(i, j, score, keys > 0, valueWeight >= RARE_VALUE, onTopic ? conflict(a, b, base, dates) : Optional.empty());
    }

    /**
     * How much sharing a key says: 1 for a key only two statements hold, falling to 0 for one all
     * of them hold (an entity the whole story is about says nothing about which fact is meant).
     */
    private double specificity(String key) {
        int df = keyCounts.getOrDefault(key, 2);
        return Math.max(0, Math.log((double) statements.size() / Math.max(2, df)) / logN);
    }

    private double overlap(Statement a, Statement b) {
        double shared = 0;
        double total = 0;
        for (String w : a.stems()) {
            double x = idf.getOrDefault(w, 0.0);
            total += x;
            if (b.stems().contains(w)) {
                shared += 2 * x;
            }
        }
        for (String w : b.stems()) {
            total += idf.getOrDefault(w, 0.0);
        }
        return total == 0 ? 0 : shared / total;
    }

    /** Why {@code b} contradicts {@code a}, if it does. */
    private Optional<String> conflict(Statement a, Statement b, double sim, boolean sharedDate) {
        if (sim >= config.topic()) {
            for (Statement.Quantity x : a.numbers()) {
                // of the other's counts of the same thing, the nearest in size is the one that answers this one
                Statement.Quantity nearest = null;
                for (Statement.Quantity y : b.numbers()) {
                    if (!x.unit().isEmpty() && x.unit().equals(y.unit()) && (nearest == null
                            || Math.abs(Math.log(y.value() / x.value())) < Math.abs(Math.log(nearest.value() / x.value())))) {
                        nearest = y;
                    }
                }
                if (nearest != null && x.value() > 0 && nearest.value() > 0 && !same(x.value(), nearest.value())) {
                    Statement.Quantity y = nearest;
                    if (a.numbers().stream().noneMatch(q -> same(q.value(), y.value()))
                            && b.numbers().stream().noneMatch(q -> same(q.value(), x.value()))) {
                        return Optional.of("gives " + y.text() + " where the claim says " + x.text());
                    }
                }
            }
            Optional<Contrasts.Pole> p = Contrasts.opposed(a.poles(), b.poles());
            if (p.isPresent()) {
                Contrasts.Pole mine = p.get();
                Contrasts.Pole theirs = mine.opposite();
                return Optional.of("says \"" + Contrasts.marker(theirs, b.text()) + "\" (" + theirs.label()
                        + ") where the claim says \"" + Contrasts.marker(mine, a.text()) + "\" (" + mine.label() + ")");
            }
        }
        if (sim >= config.negation() && a.negated() != b.negated() && similarLength(a, b)) {
            return Optional.of(b.negated() ? "says the same with a negation" : "says the same without the claim's negation");
        }
        if (sim >= config.negation() && !a.dates().isEmpty() && !b.dates().isEmpty() && !sharedDate) {
            return Optional.of("dates it " + isoList(b.dates()) + " where the claim says " + isoList(a.dates()));
        }
        return Optional.empty();
    }

    /** A negation tells only when the rest is the same: a longer sentence may add a negated clause of its own. */
    private static boolean similarLength(Statement a, Statement b) {
        int x = a.words().size();
        int y = b.words().size();
        return Math.min(x, y) >= 0.7 * Math.max(x, y);
    }

    private static String isoList(List<Timestamp> ds) {
        List<String> out = new ArrayList<>();
        for (Timestamp t : ds) {
            out.add(t.iso());
        }
        return String.join(", ", out);
    }

    static boolean sharesDate(Statement a, Statement b) {
        for (Timestamp x : a.dates()) {
            for (Timestamp y : b.dates()) {
                String p = x.iso();
                String q = y.iso();
                if (p.startsWith(q) || q.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Scorer[%d statements, %s]", statements.size(), vectors != null ? "embedded" : "lexical");
    }
}
