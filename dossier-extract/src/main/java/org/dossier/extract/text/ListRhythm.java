package org.dossier.extract.text;

import java.util.List;

/**
 * Finds link lists by their rhythm: headlines (with an occasional kicker line) alternating with
 * date lines, as "Latest news" and "Read also" blocks are flattened. Three or more dates at most
 * {@value #MAX_GAP} lines apart make a list, and the headline lines between and just before them
 * belong to it, however long or prose-like each headline is on its own.
 */
final class ListRhythm {
    static final int MAX_GAP = 4;

    private ListRhythm() {
    }

    /** Marks the lines of each rhythmic run as {@link Kind#LIST} (dates stay {@link Kind#DATE}). */
    static void markLists(List<Line> lines, Kind[] kinds) {
        int runStart = -1;
        int prev = -1;
        int count = 0;
        int firstGap = 0;
        for (int i = 0; i <= kinds.length; i++) {
            boolean date = i < kinds.length && kinds[i] == Kind.DATE;
            if (!date && i < kinds.length) {
                continue;
            }
            if (date && prev >= 0 && i - prev <= MAX_GAP) {
                if (count == 1) {
                    firstGap = i - prev;
                }
                count++;
                prev = i;
                continue;
            }
            if (count >= 3) {
                // the first item's headline sits before the first date, as far back as the rhythm's step
                mark(lines, kinds, Math.max(0, runStart - (firstGap - 1)), prev);
                // or, in a list that gives the date first, the last item's headline follows the last date
                for (int j = prev + 1; j < Math.min(kinds.length, prev + firstGap); j++) {
                    if (lines.get(j).sentenceEnd() || kinds[j] == Kind.DATE) {
                        break;
                    }
                    if (kinds[j] == Kind.SHORT) {
                        kinds[j] = Kind.LIST;
                    }
                }
            }
            if (date) {
                runStart = i;
                prev = i;
                count = 1;
            }
        }
    }

    private static void mark(List<Line> lines, Kind[] kinds, int from, int to) {
        for (int j = from; j <= to; j++) {
            Line l = lines.get(j);
            // a dated entry of a live blog is a paragraph of sentences; a list's headline is not
            boolean paragraph = kinds[j] == Kind.PROSE && l.sentenceEnd() && l.words() >= 20;
            if (kinds[j] != Kind.DATE && !paragraph) {
                kinds[j] = Kind.LIST;
            }
        }
    }
}
