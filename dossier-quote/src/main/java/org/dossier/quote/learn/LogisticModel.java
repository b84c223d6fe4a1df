package org.dossier.quote.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fitted logistic regression over named binary features: the probability of the positive class
 * is the logistic of the bias plus the weights of the features that hold; features it does not
 * know weigh nothing. Immutable and thread-safe.
 *
 * <p>Written as UTF-8 text, one {@code name<TAB>weight} a line after a {@code bias} line, names
 * sorted; lines starting with {@code #} are comments. Names hold no tab or line break.
 *
 * @param bias    the intercept
 * @param weights each known feature's weight
 */
public record LogisticModel(double bias, Map<String, Double> weights) {

    public LogisticModel {
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite, got " + bias);
        }
        weights = Map.copyOf(weights);
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!Double.isFinite(e.getValue()) || e.getKey().isEmpty() || e.getKey().indexOf('\t') >= 0
                    || e.getKey().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a weight needs a name without tabs or line breaks and a finite value, got "
                        + e.getKey() + "=" + e.getValue());
            }
        }
    }

    /** The probability that an example with {@code features} is positive. */
    public double probability(Collection<String> features) {
        double z = bias;
        Set<String> seen = features.size() > 16 ? new HashSet<>() : null;
        for (String f : features) {
            if (seen == null || seen.add(f)) {
                z += weights.getOrDefault(f, 0.0);
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Writes the model with {@code comments} (one {@code #} line each) before the weights. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c.replace('\n', ' ') + "\n");
        }
        out.write(String.format(Locale.ROOT, "bias\t%.6f\n", bias));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(String.format(Locale.ROOT, "%s\t%.6f\n", e.getKey(), e.getValue()));
        }
    }

    /**
     * Reads a model {@link #write} wrote.
     *
     * @throws IOException naming {@code where} and the line that is not a weight
     */
    public static LogisticModel read(InputStream in, String where) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Double bias = null;
        Map<String, Double> weights = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            double w;
            try {
                w = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IOException(where + ":" + n + ": expected NAME<TAB>WEIGHT, got \"" + line + "\"");
            }
            if (tab <= 0) {
                throw new IOException(where + ":" + n + ": expected NAME<TAB>WEIGHT, got \"" + line + "\"");
            }
            String name = line.substring(0, tab);
            if (name.equals("bias")) {
                bias = w;
            } else {
                weights.put(name, w);
            }
            seen.add(name);
        }
        if (bias == null) {
            throw new IOException(where + ": no bias line among " + seen.size() + " weights");
        }
        return new LogisticModel(bias, weights);
    }
}
