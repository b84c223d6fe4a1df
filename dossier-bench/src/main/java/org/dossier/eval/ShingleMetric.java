package org.dossier.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's metric for one page: words are {@code \w+} matches (Unicode), texts
 * become multisets of 4-word shingles, and TP/FP/FN count shingles in both, only in the
 * extraction, only in the truth.
 */
public final class ShingleMetric {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private ShingleMetric() {
    }

    /** Shingle counts of one page. */
    public record Counts(long tp, long fp, long fn) {
        public double precision(boolean truthEmpty) {
            if (tp + fp == 0) {
                return truthEmpty ? 1.0 : 0.0;
            }
            return (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public static Counts score(String truth, String extracted) {
        Map<List<String>, Integer> t = shingles(words(truth));
        Map<List<String>, Integer> e = shingles(words(extracted));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var entry : e.entrySet()) {
            int inTruth = t.getOrDefault(entry.getKey(), 0);
            tp += Math.min(inTruth, entry.getValue());
            fp += Math.max(0, entry.getValue() - inTruth);
        }
        for (var entry : t.entrySet()) {
            fn += Math.max(0, entry.getValue() - e.getOrDefault(entry.getKey(), 0));
        }
        return new Counts(tp, fp, fn);
    }

    /** Shingles of four words; a text of one to three words is a single shingle of itself. */
    static Map<List<String>, Integer> shingles(List<String> words) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        int count = Math.max(1, words.size() - N + 1);
        for (int i = 0; i < count; i++) {
            out.merge(List.copyOf(words.subList(i, Math.min(words.size(), i + N))), 1, Integer::sum);
        }
        return out;
    }
}
