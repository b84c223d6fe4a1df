package org.dossier.story.timeline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.WordCount;

/**
 * The content words of a stretch of text, for comparing what two sources say: lower case, function
 * words dropped, a plural's or possessive's "s" cut ("ships", "ship's" and "ship" are one word).
 * Stateless and thread-safe.
 */
public final class ContentWords {
    private static final Pattern WORD = WordCount.WORD;
    /** English function words and reporting verbs: they say nothing about which event is meant. */
    private static final Set<String> STOP = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "nor", "not", "now",
            "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said", "says",
            "say", "saying", "told", "according", "mr", "mrs", "ms", "since", "still", "yet", "however",
            "already", "whether", "another", "us", "one");

    private ContentWords() {
    }

    /** The content words of {@code text}, in order of first appearance. */
    public static Set<String> of(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = normal(m.group());
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** How many words {@code text} has, as people count them (numbers are words). */
    public static int count(CharSequence text) {
        return WordCount.of(text);
    }

    /** Dice's coefficient of two word sets: 0 nothing shared, 1 the same words. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(a, b) / (a.size() + b.size());
    }

    /** How many words two sets share. */
    public static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String w : small) {
            if (large.contains(w)) {
                n++;
            }
        }
        return n;
    }

    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
