package org.dossier.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.story.claims.KeyRarity;
import org.dossier.story.claims.RelationClassifier;
import org.dossier.story.claims.RelationModel;
import org.dossier.story.claims.SentenceRelation;

/**
 * The claims test set (resource {@code org/dossier/eval/claims/pairs.tsv}, README beside it): sentence
 * pairs of the attribution corpus labelled same / related / contradicting / unrelated by reading.
 * Reads the sentences from the corpus at their offsets, scores the relation classifier of
 * {@code dossier-story} on the held-out part, and on the development part fits the classifier's
 * logistic model and bars by cross-validation ({@link #crossValidate}, {@link #fit}).
 */
public final class ClaimsBenchmark {
    /** The test set inside this jar. */
    public static final String PAIRS = "/org/dossier/eval/claims/pairs.tsv";
    /** The target for same-claim precision (at recall 0.70), which the report compares against. */
    public static final double TARGET_PRECISION = 0.90;
    private static final int FOLDS = 5;
    private static final long SEED = 17;

    /** One labelled pair with its sentences' text and, once embedded, their cosine. */
    public record LabelledPair(String id, String a, String b, SentenceRelation label, boolean heldOut, double cosine,
                               double rawCosine, KeyRarity rarity) {
    }

    private final List<LabelledPair> pairs;

    private ClaimsBenchmark(List<LabelledPair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public List<LabelledPair> pairs() {
        return pairs;
    }

    /**
     * Loads the test set against the corpus and embeds its sentences.
     *
     * @param corpus   the attribution corpus's directory (holding {@code train/text})
     * @param embedder the sentence embedder, or null to score without embeddings (cosines are NaN)
     */
    public static ClaimsBenchmark load(Path corpus, SentenceEmbedder embedder) throws IOException {
        Path text = corpus.resolve("train").resolve("text");
        if (!Files.isDirectory(text)) {
            throw new IOException("not the attribution corpus (no train/text): " + corpus);
        }
        Map<String, String> files = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ClaimsBenchmark.class.getResourceAsStream(PAIRS)) {
            if (in == null) {
                throw new IOException(PAIRS + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("id\ta\tb\tstratum\tlabel\tsplit")) {
                throw new IOException(PAIRS + ": unexpected header " + header);
            }
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String[] row : rows) {
            sentences.add(sentence(text, files, row[1]));
            sentences.add(sentence(text, files, row[2]));
        }
        double[] cosines = new double[rows.size()];
        double[] raw = new double[rows.size()];
        java.util.Arrays.fill(cosines, Double.NaN);
        java.util.Arrays.fill(raw, Double.NaN);
        Map<String, List<String>> articleSentences = new HashMap<>();
        List<KeyRarity> rarity = new ArrayList<>();
        for (String[] row : rows) {
            List<String> context = new ArrayList<>(articleSentences(text, files, file(row[1]), articleSentences));
            context.addAll(articleSentences(text, files, file(row[2]), articleSentences));
            rarity.add(KeyRarity.ofSentences(context));
        }
        if (embedder != null) {
            float[][] v = embedder.embed(sentences);
            Map<String, double[]> sums = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                // centred as the product centres a story: less the mean of the two articles' sentences
                String fa = file(rows.get(i)[1]);
                String fb = file(rows.get(i)[2]);
                double[] ma = articleSum(articleSentences.get(fa), fa, embedder, sums);
                double[] mb = articleSum(articleSentences.get(fb), fb, embedder, sums);
                double n = ma[ma.length - 1] + mb[mb.length - 1];
                double[] mean = new double[v[0].length];
                for (int k = 0; k < mean.length; k++) {
                    mean[k] = (ma[k] + mb[k]) / n;
                }
                cosines[i] = centredCosine(v[2 * i], v[2 * i + 1], mean);
                raw[i] = centredCosine(v[2 * i], v[2 * i + 1], new double[mean.length]);
            }
        }
        List<LabelledPair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            out.add(new LabelledPair(row[0], sentences.get(2 * i), sentences.get(2 * i + 1), SentenceRelation.ofLabel(row[4]),
                    switch (row[5]) {
                        case "heldout" -> true;
                        case "dev" -> false;
                        default -> throw new IOException(PAIRS + ": pair " + row[0] + " has split '" + row[5] + "'");
                    }, cosines[i], raw[i], rarity.get(i)));
        }
        return new ClaimsBenchmark(out);
    }

    private static String file(String ref) {
        return ref.substring(0, ref.lastIndexOf(':'));
    }

    /**
     * An article's first 80 sentences of at least 6 words, as the product takes a story's statements
     * (cut by the JDK's sentence iterator: no language stage runs here).
     */
    private static List<String> articleSentences(Path dir, Map<String, String> files, String file,
                                                 Map<String, List<String>> cache) throws IOException {
        List<String> had = cache.get(file);
        if (had != null) {
            return had;
        }
        String body = files.get(file);
        if (body == null) {
            body = Files.readString(dir.resolve(file + ".txt"), StandardCharsets.UTF_8);
            files.put(file, body);
        }
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
        it.setText(body);
        List<String> sentences = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != java.text.BreakIterator.DONE && sentences.size() < 80;
             start = end, end = it.next()) {
            String s = body.substring(start, end).strip();
            if (s.split("\\s+").length >= 6) {
                sentences.add(s);
            }
        }
        cache.put(file, List.copyOf(sentences));
        return cache.get(file);
    }

    /** The sum of an article's sentence vectors, with their count as the last element. */
    private static double[] articleSum(List<String> sentences, String file, SentenceEmbedder embedder, Map<String, double[]> cache) {
        double[] had = cache.get(file);
        if (had != null) {
            return had;
        }
        double[] sum = new double[embedder.dimension() + 1];
        if (!sentences.isEmpty()) {
            for (float[] x : embedder.embed(sentences)) {
                for (int k = 0; k < x.length; k++) {
                    sum[k] += x[k];
                }
            }
        }
        sum[sum.length - 1] = Math.max(1, sentences.size());
        cache.put(file, sum);
        return sum;
    }

    private static double centredCosine(float[] a, float[] b, double[] mean) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.length; k++) {
            double x = a[k] - mean[k];
            double y = b[k] - mean[k];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The sentence a reference ({@code file:start-end}) names. */
    static String sentence(Path dir, Map<String, String> files, String ref) throws IOException {
        int colon = ref.lastIndexOf(':');
        int dash = ref.indexOf('-', colon);
        if (colon < 0 || dash < 0) {
            throw new IOException("bad sentence reference '" + ref + "': expected file:start-end");
        }
        String file = ref.substring(0, colon);
        String body = files.get(file);
        if (body == null) {
            body = Files.readString(dir.resolve(file + ".txt"), StandardCharsets.UTF_8);
            files.put(file, body);
        }
        int start = Integer.parseInt(ref.substring(colon + 1, dash));
        int end = Integer.parseInt(ref.substring(dash + 1));
        if (start < 0 || end > body.length() || start >= end) {
            throw new IOException("sentence reference '" + ref + "' lies outside " + file + ".txt (" + body.length() + " chars)");
        }
        return body.substring(start, end);
    }

    /** Writes the development pairs' features, cosine and label as TSV, for reading the model's errors. */
    public void dumpDev(Path file, boolean embedded) throws IOException {
        StringBuilder s = new StringBuilder("id\tlabel\t" + String.join("\t", RelationClassifier.featureNames()) + "\traw\ta\tb\n");
        for (LabelledPair p : pairs) {
            if (p.heldOut()) {
                continue;
            }
            s.append(p.id()).append('\t').append(p.label().label());
            for (double f : RelationClassifier.features(p.a(), p.b(), embedded ? p.cosine() : Double.NaN, p.rarity())) {
                s.append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", f));
            }
            s.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", p.rawCosine()));
            s.append('\t').append(p.a().replaceAll("\\s+", " ")).append('\t').append(p.b().replaceAll("\\s+", " ")).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    /** Precision and recall of one label. */
    public record LabelScore(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }
    }

    /** Scores per label and the pairs' count. */
    public record Score(int pairs, Map<SentenceRelation, LabelScore> labels, List<String> errors) {
    }

    /** Scores {@code classifier} on the held-out part (or the development part). */
    public Score score(RelationClassifier classifier, boolean heldOut) {
        List<LabelledPair> part = pairs.stream().filter(p -> p.heldOut() == heldOut).toList();
        List<SentenceRelation> predicted = part.stream().map(p -> classifier.relate(p.a(), p.b(), p.cosine(), p.rarity()).kind()).toList();
        return score(part, predicted);
    }

    private static Score score(List<LabelledPair> part, List<SentenceRelation> predicted) {
        Map<SentenceRelation, int[]> c = new EnumMap<>(SentenceRelation.class);
        for (SentenceRelation r : SentenceRelation.values()) {
            c.put(r, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            SentenceRelation gold = part.get(i).label();
            SentenceRelation got = predicted.get(i);
            c.get(gold)[0]++;
            c.get(got)[1]++;
            if (gold == got) {
                c.get(gold)[2]++;
            } else {
                errors.add(part.get(i).id() + " gold " + gold.label() + ", got " + got.label());
            }
        }
        Map<SentenceRelation, LabelScore> out = new EnumMap<>(SentenceRelation.class);
        c.forEach((k, v) -> out.put(k, new LabelScore(v[0], v[1], v[2])));
        return new Score(part.size(), out, errors);
    }

    /**
     * Cross-validation on the development part: in each of five seeded folds a model is fitted on the
     * other four ({@link #fit}) and predicts the fold; the predictions of all folds are scored together.
     */
    public Score crossValidate(boolean embedded, RelationModel template) {
        List<LabelledPair> dev = new ArrayList<>(pairs.stream().filter(p -> !p.heldOut()).toList());
        Collections.shuffle(dev, new Random(SEED));
        List<LabelledPair> ordered = new ArrayList<>();
        List<SentenceRelation> predicted = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            List<LabelledPair> train = new ArrayList<>();
            List<LabelledPair> test = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                (i % FOLDS == k ? test : train).add(dev.get(i));
            }
            RelationClassifier c = new RelationClassifier(fit(train, embedded, template));
            for (LabelledPair p : test) {
                ordered.add(p);
                predicted.add(c.relate(p.a(), p.b(), embedded ? p.cosine() : Double.NaN, p.rarity()).kind());
            }
        }
        return score(ordered, predicted);
    }

    /** The model fitted on the whole development part. */
    public RelationModel fit(boolean embedded, RelationModel template) {
        return fit(pairs.stream().filter(p -> !p.heldOut()).toList(), embedded, template);
    }

    /**
     * Fits the same-claim logistic model (L2-regularised, by gradient descent from zero) on {@code train},
     * over the features the template uses (its non-zero weights; without embeddings the cosine is not one),
     * then its same-claim bar: the probability that maximises F0.5 on the training pairs; then the related bar: the cosine (or Dice) that best tells related from
     * unrelated pairs among the rest. The topic bar is the template's: the set has too few
     * contradictions to fit it.
     */
    static RelationModel fit(List<LabelledPair> train, boolean embedded, RelationModel template) {
        int d = RelationClassifier.featureNames().size();
        double[][] x = new double[train.size()][];
        double[] y = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            LabelledPair p = train.get(i);
            x[i] = RelationClassifier.features(p.a(), p.b(), embedded ? p.cosine() : Double.NaN, p.rarity());
            y[i] = p.label() == SentenceRelation.SAME ? 1 : 0;
        }
        // the template names the features the model uses: those with a non-zero weight (cross-validation on
        // the development pairs kept the cosine and valueMiss; the other features lost on held-out folds)
        double[] template0 = template.weights();
        double[] w = new double[d];
        double b = 0;
        double lambda = 0.001;
        double rate = 0.5;
        for (int it = 0; it < 40000; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (int i = 0; i < x.length; i++) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[i][j];
                }
                double e = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j = 0; j < d; j++) {
                    g[j] += e * x[i][j];
                }
                gb += e;
            }
            for (int j = 0; j < d; j++) {
                if (template0[j] != 0) {
                    w[j] -= rate * (g[j] / x.length + lambda * w[j]);
                }
            }
            b -= rate * gb / x.length;
        }
        RelationModel probe = new RelationModel(w, b, 0.5, template.related(), template.topic());
        double[] prob = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            prob[i] = probe.probability(x[i]);
        }
        // the bar that maximises F0.5 on the training pairs: precision counts twice as much as recall,
        // since a false "same" is false corroboration; TARGET_PRECISION is reported against, not forced
        double same = 0.5;
        double bestF = -1;
        for (double bar = 0.05; bar < 0.99; bar += 0.01) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < x.length; i++) {
                boolean yes = prob[i] >= bar;
                if (yes && y[i] == 1) {
                    tp++;
                } else if (yes) {
                    fp++;
                } else if (y[i] == 1) {
                    fn++;
                }
            }
            double f = tp == 0 ? 0 : 1.25 * tp / (1.25 * tp + 0.25 * fn + fp);
            if (f > bestF + 1e-12) {
                bestF = f;
                same = bar;
            }
        }
        double bestRelated = template.related();
        int bestRight = -1;
        for (double bar = 0.05; bar < 0.95; bar += 0.01) {
            int right = 0;
            for (int i = 0; i < x.length; i++) {
                LabelledPair p = train.get(i);
                if (p.label() == SentenceRelation.RELATED || p.label() == SentenceRelation.UNRELATED) {
                    double t = embedded ? p.cosine() : x[i][RelationClassifier.featureNames().indexOf("dice")];
                    if ((t >= bar) == (p.label() == SentenceRelation.RELATED)) {
                        right++;
                    }
                }
            }
            if (right > bestRight) {
                bestRight = right;
                bestRelated = bar;
            }
        }
        return new RelationModel(w, b, round(same), round(bestRelated), template.topic());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
