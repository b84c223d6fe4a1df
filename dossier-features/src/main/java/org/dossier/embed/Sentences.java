package org.dossier.embed;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Rule-based sentence spans: a sentence ends at {@code .}, {@code !} or {@code ?} (and any closing
 * quotes or brackets) followed by white space and an upper-case letter, digit or opening quote, or at
 * a line break. Abbreviations ("Mr.", "U.S.", "Nov.", "Gov.") do not end sentences. Good enough
 * to align sentences of news text; the NLP stage owns proper segmentation.
 */
public final class Sentences {
    /** Abbreviations that are followed by a capital or a digit in running text ("Nov. 18", "Gov. Noem"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "col", "capt", "sgt", "lt", "prof",
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "no", "fig", "rev", "hon");

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed, in order, none empty. */
    public static List<Span> of(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean endsSentence(CharSequence text, int dot) {
        int j = dot + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c' || next == '\'')) {
            return false;
        }
        if (text.charAt(dot) == '.') {
            int w = dot;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            boolean shortCapital = dot - w <= 2 && dot > w && Character.isUpperCase(text.charAt(w));
            String word = text.subSequence(w, dot).toString().toLowerCase(java.util.Locale.ROOT);
            return !shortCapital && !ABBREVIATIONS.contains(word);
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static void add(CharSequence text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
