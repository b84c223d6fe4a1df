package org.dossier.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.fingerprint.StopWords;

/**
 * The content words of a text with their counts: lower-cased letter-and-digit runs of three or more
 * characters, neither function words (English, and the commonest of six other languages) nor bare numbers. The title, when given, counts {@value #TITLE_WEIGHT}
 * times. Only the first {@value #MAX_WORDS} words of the body count, so the cost per article is bounded.
 *
 * @param terms  distinct terms, sorted
 * @param counts how often each occurs
 */
public record TermCounts(String[] terms, int[] counts) {
    static final int TITLE_WEIGHT = 2;
    static final int MAX_WORDS = 2000;

    public TermCounts {
        if (terms.length != counts.length) {
            throw new IllegalArgumentException(terms.length + " terms but " + counts.length + " counts");
        }
    }

    public static TermCounts of(String title, String body) {
        Map<String, Integer> counts = new TreeMap<>();
        count(title, TITLE_WEIGHT, counts);
        count(body, 1, counts);
        String[] t = counts.keySet().toArray(new String[0]);
        int[] c = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            c[i] = counts.get(t[i]);
        }
        return new TermCounts(t, c);
    }

    private static void count(String text, int weight, Map<String, Integer> counts) {
        if (text == null) {
            return;
        }
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (w.length() >= 3 && !StopWords.contains(w) && !ForeignFunctionWords.WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                    counts.merge(w, weight, Integer::sum);
                }
            }
        }
    }

    public int size() {
        return terms.length;
    }

    @Override
    public String toString() {
        return "TermCounts" + Arrays.toString(terms);
    }
}
