package org.dossier.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the headline: of the headline-shaped lines just before the body (or opening it), the one
 * whose content words the lead paragraphs repeat most, with a bonus for a line the page repeats
 * (headlines often appear twice) and a small cost for distance from the body.
 */
final class Headlines {
    /** How many lines before the body may hold the headline. */
    static final int WINDOW = 40;
    private static final double MIN_SCORE = 0.3;
    /** Pages often show the headline twice (in the breadcrumb or the share bar, and above the text). */
    private static final double REPEAT_BONUS = 0.15;

    private Headlines() {
    }

    /** Lower-case letters and digits with single spaces, for comparing lines that differ only in markup. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The headline's line, or -1. {@code bodyStart} is the first line of the main region; the
     * {@code masthead} line (-1 for none) names the site and is never the headline.
     */
    static int find(List<Line> lines, Kind[] kinds, int bodyStart, int masthead) {
        Topic lead = new Topic();
        int words = 0;
        for (int i = bodyStart; i < lines.size() && words < 400; i++) {
            if (kinds[i] == Kind.PROSE) {
                lead.add(lines.get(i).text());
                words += lines.get(i).words();
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        int from = Math.max(0, bodyStart - WINDOW);
        for (int i = from; i < Math.min(lines.size(), bodyStart + WINDOW); i++) {
            counts.merge(normalise(lines.get(i).text()), 1, Integer::sum);
        }
        int best = -1;
        double bestScore = MIN_SCORE;
        for (int i = from; i <= bodyStart && i < lines.size(); i++) {
            Line l = lines.get(i);
            if (i == masthead || !shaped(l, kinds[i]) || i == bodyStart && !followedByProse(kinds, i)) {
                continue;
            }
            double overlap = lead.overlap(l.text(), 2);
            if (overlap < 0) {
                continue;
            }
            double score = overlap
                    + (overlap > 0 && counts.getOrDefault(normalise(l.text()), 0) >= 2 ? REPEAT_BONUS : 0)
                    + (l.words() >= 4 && l.words() <= 20 ? 0.1 : 0)
                    - 0.01 * (bodyStart - i);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Headline-shaped: a few words, no full stop at the end, not a list item, a date or furniture. */
    static boolean shaped(Line l, Kind kind) {
        if (l.bullet() || kind == Kind.DATE || kind == Kind.LIST || kind == Kind.CHROME || kind == Kind.ITEM) {
            return false;
        }
        String t = l.text();
        int min = l.cjk() ? 5 : 3;
        int max = l.cjk() ? 60 : 30;
        if (l.words() < min || l.words() > max || t.endsWith(".") && !t.endsWith("...") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        return !t.equals(t.toLowerCase(Locale.ROOT));
    }

    private static boolean followedByProse(Kind[] kinds, int i) {
        return i + 1 < kinds.length && kinds[i + 1] == Kind.PROSE;
    }
}
