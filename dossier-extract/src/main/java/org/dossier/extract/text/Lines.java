package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text scrape into its non-blank {@link Line}s. One pass over the text; the result is as
 * long as the number of non-blank lines.
 */
final class Lines {
    /** Lines longer than this are cut: a page that is one huge line is still read in bounded pieces. */
    static final int MAX_LINE = 20_000;

    private Lines() {
    }

    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean blank = false;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            addLine(text, i, end, blank, out);
            blank = isBlank(text, i, end);
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            i = end + 1;
        }
        return out;
    }

    private static void addLine(String text, int from, int to, boolean blankBefore, List<Line> out) {
        for (int s = from; s < to; s += MAX_LINE) {
            int e = Math.min(to, s + MAX_LINE);
            if (!isBlank(text, s, e)) {
                out.add(Line.of(out.size(), text.substring(s, e).replace('\u00a0', ' '), blankBefore || s > from));
            }
        }
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
