package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text scrape into its non-blank {@link Line}s. Scrapes usually hold one paragraph a
 * line; a text wrapped at a fixed width (mail, plain-text archives) is recognised by its many
 * lines of nearly the same length running into the next, and its wrapped lines are joined back
 * into paragraphs. Two passes over the text; linear in its length.
 */
final class Lines {
    /** Lines longer than this are cut: a page that is one huge line is still read in bounded pieces. */
    static final int MAX_LINE = 20_000;
    /** Widest and narrowest wrapping widths recognised. */
    private static final int MAX_WRAP = 100;
    private static final int MIN_WRAP = 40;
    /** A line at least this share of the wrapping width was wrapped, unless a blank line follows. */
    private static final double FULL = 0.75;

    private Lines() {
    }

    static List<Line> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            for (int s = i; s < end || s == i; s += MAX_LINE) {
                spans.add(new int[] {s, Math.min(end, s + MAX_LINE)});
                if (end == i) {
                    break;
                }
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            i = end + 1;
        }
        int width = wrapWidth(text, spans);
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        StringBuilder paragraph = null;
        boolean paragraphBlankBefore = false;
        int previousLength = 0;
        for (int[] span : spans) {
            if (isBlank(text, span[0], span[1])) {
                blank = true;
                continue;
            }
            String raw = text.substring(span[0], span[1]).replace('\u00a0', ' ');
            String stripped = raw.strip();
            boolean continues = width > 0 && paragraph != null && !blank && previousLength >= FULL * width
                    && !Line.of(0, stripped, false).bullet();
            if (continues) {
                paragraph.append(' ').append(stripped);
            } else {
                if (paragraph != null) {
                    out.add(Line.of(out.size(), paragraph.toString(), paragraphBlankBefore));
                }
                paragraph = new StringBuilder(raw.stripTrailing());
                paragraphBlankBefore = blank;
            }
            previousLength = stripped.length();
            blank = false;
        }
        if (paragraph != null) {
            out.add(Line.of(out.size(), paragraph.toString(), paragraphBlankBefore));
        }
        return out;
    }

    private static int wrapWidth(String text, List<int[]> spans) {
        int max = 0;
        for (int[] s : spans) {
            max = Math.max(max, s[1] - s[0]);
            if (max > MAX_WRAP) {
                return 0;
            }
        }
        if (max < MIN_WRAP) {
            return 0;
        }
        int full = 0;
        int continued = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            if (s[1] - s[0] >= FULL * max) {
                full++;
                if (k + 1 < spans.size() && !isBlank(text, spans.get(k + 1)[0], spans.get(k + 1)[1])) {
                    continued++;
                }
            }
        }
        return full >= 3 && continued >= 0.6 * full ? max : 0;
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
