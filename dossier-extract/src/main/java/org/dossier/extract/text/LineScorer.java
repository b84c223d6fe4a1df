package org.dossier.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every line a kind and a score: positive for running text (its length in words, discounted
 * when it reads less like prose), negative for furniture, and increasingly negative inside runs
 * of short lines, so that one heading between paragraphs costs little and a menu costs a lot.
 */
final class LineScorer {
    // a photo caption ends with its credit: "(AP Photo/Jane Doe)", "Photo: Getty Images", "Credit...Doe/Reuters"
    private static final Pattern CAPTION = Pattern.compile(
            "(?:\\((?:[^()]{0,60}\\b)?(?:photos?|fotos?|image|images|bild|credit|getty|reuters|afp|epa|shutterstock|ap)\\b[^()]{0,60}\\)"
                    + "|\\b(?:photo|foto|image|credit|bild)s?\\s*(?::|\\.\\.\\.|by)\\s*(?-i:\\p{Lu})[^.!?]{1,60}"
                    + "|\\bgetty images|\\bshutterstock)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> CAPTION_CUES = List.of("photo", "foto", "image", "credit", "bild", "getty",
            "reuters", "afp", "epa", "shutterstock", "ap");
    /** Lines that open with this many of the same characters show the same text twice. */
    private static final int SAME_OPENING = 80;
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]*\\]$|^\\[(?:INS|IMG|image|photo)\\b.*");

    private LineScorer() {
    }

    /** The kind of each line, by its own shape and the rhythm of the lines around it. */
    static Kind[] kinds(List<Line> lines) {
        Kind[] kinds = new Kind[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < kinds.length; i++) {
            Line l = lines.get(i);
            kinds[i] = kindAlone(l);
            if (kinds[i] != Kind.PROSE) {
                continue;
            }
            // a paragraph the page shows twice is a teaser, a caption or a notice: keep the fuller copy
            Integer earlier = seen.putIfAbsent(opening(l.text()), i);
            if (earlier != null) {
                if (l.words() > 1.2 * lines.get(earlier).words()) {
                    kinds[earlier] = Kind.CHROME;
                    seen.put(opening(l.text()), i);
                } else {
                    kinds[i] = Kind.CHROME;
                }
            }
        }
        ListRhythm.markLists(lines, kinds);
        return kinds;
    }

    static Kind kindAlone(Line l) {
        if (l.dateLine()) {
            return Kind.DATE;
        }
        String t = l.text();
        if (BRACKETED.matcher(t).find() || l.words() == 0) {
            return l.bullet() ? Kind.ITEM : Kind.CHROME;
        }
        if (l.bullet()) {
            // a key point is a sentence; a menu entry or a headline in a list is not
            boolean point = l.words() >= 6 && l.sentenceEnd() || l.words() >= 15 && l.stopShare() >= 0.25;
            return point && !Teasers.hasInlineDateline(t) ? Kind.POINT : Kind.ITEM;
        }
        if (l.words() <= 10 && Furniture.isShortFurniture(l)) {
            return Kind.CHROME;
        }
        if (prose(l)) {
            return Teasers.isGluedTeaser(t) || Teasers.hasInlineDateline(t) || caption(t) ? Kind.CHROME : Kind.PROSE;
        }
        return Kind.SHORT;
    }

    private static boolean caption(String t) {
        // only the end of the line can hold a credit; scanning all of a long paragraph would be wasted
        int from = Math.max(0, t.length() - 140);
        String tail = t.substring(from).toLowerCase(Locale.ROOT);
        for (String cue : CAPTION_CUES) {
            if (tail.contains(cue)) {
                return CAPTION.matcher(tail).find();
            }
        }
        return false;
    }

    private static String opening(String text) {
        String n = Headlines.normalise(text.length() > 2 * SAME_OPENING ? text.substring(0, 2 * SAME_OPENING) : text);
        return n.length() > SAME_OPENING ? n.substring(0, SAME_OPENING) : n;
    }

    static boolean prose(Line l) {
        if (l.cjk()) {
            return l.words() >= 12 || l.words() >= 6 && l.sentenceEnd();
        }
        // a line of under fifteen words without a full stop is a headline or a label, however many function words it has
        return l.words() >= 15 || l.words() >= 8 && l.sentenceEnd();
    }

    /** Scores for the maximum-sum search; runs of non-prose lines cost more the longer they get. */
    static double[] scores(List<Line> lines, Kind[] kinds) {
        double[] s = new double[kinds.length];
        int run = 0;
        for (int i = 0; i < kinds.length; i++) {
            Line l = lines.get(i);
            Kind k = kinds[i];
            if (k == Kind.PROSE || k == Kind.POINT) {
                run = 0;
                double quality = l.sentenceEnd() || l.cjk() ? 1.0 : 0.6;
                if (!l.cjk() && l.stopShare() < 0.12) {
                    quality *= 0.5;
                }
                if (l.furniture() >= 2) {
                    // prose about the site rather than the story: cookie notices, newsletter pitches
                    quality *= 0.5;
                }
                s[i] = Math.min(l.words(), 120) * quality * (k == Kind.POINT ? 0.7 : 1.0);
                continue;
            }
            run++;
            s[i] = switch (k) {
                case DATE -> -8;
                case LIST -> -5;
                case CHROME -> -5;
                case ITEM -> -3;
                default -> run <= 2 ? -1.5 : -3.5;
            };
        }
        return s;
    }
}
