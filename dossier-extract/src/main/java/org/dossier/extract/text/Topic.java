package org.dossier.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a stretch of text, for telling a paragraph of the article from a snippet of
 * another story: words of three letters or more that are not function words, cut to their first
 * five letters so that "withdraw" and "withdrawal" meet; CJK text contributes character pairs.
 */
final class Topic {
    private static final int STEM = 5;
    private final Set<String> words = new HashSet<>();

    void add(String text) {
        collect(text, words);
    }

    int size() {
        return words.size();
    }

    /** Share of the distinct content words of {@code text} that this topic holds; -1 when the text has fewer than {@code min}. */
    double overlap(String text, int min) {
        Set<String> other = new HashSet<>();
        collect(text, other);
        if (other.size() < min) {
            return -1;
        }
        int shared = 0;
        for (String w : other) {
            if (words.contains(w)) {
                shared++;
            }
        }
        return shared / (double) other.size();
    }

    static void collect(String text, Set<String> into) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean ideographic = Character.isIdeographic(c);
            while (i < n && Character.isLetter(lower.codePointAt(i)) && Character.isIdeographic(lower.codePointAt(i)) == ideographic) {
                i += Character.charCount(lower.codePointAt(i));
            }
            String w = lower.substring(start, i);
            if (ideographic) {
                for (int j = 0; j + 2 <= w.length(); j++) {
                    into.add(w.substring(j, j + 2));
                }
            } else if (w.codePointCount(0, w.length()) >= 3 && !Stopwords.contains(w)) {
                into.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
    }
}
