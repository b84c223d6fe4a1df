package org.dossier.extract.text;

import java.util.List;
import org.dossier.extract.meta.Bylines;

/**
 * Moves the body's start past the article's header when the header sits inside the main region:
 * a standfirst, then a byline, a dateline or the headline repeated, then the first paragraph. Only
 * the opening of the region is searched, so that a name or date deep in the article stays.
 */
final class HeaderCut {
    /** The header is searched in the region's first lines, up to this share of its words. */
    private static final double OPENING_SHARE = 0.3;
    private static final int OPENING_LINES = 8;

    private HeaderCut() {
    }

    /** The first line of the body at or after {@code start}. */
    static int cut(List<Line> lines, Kind[] kinds, double[] scores, Region region, String title, Vocabulary vocabulary) {
        int total = 0;
        for (int i = region.start(); i <= region.end(); i++) {
            total += kinds[i] == Kind.PROSE ? lines.get(i).words() : 0;
        }
        String normalisedTitle = Headlines.normalise(title);
        int start = region.start();
        int words = 0;
        for (int i = region.start(); i <= region.end() && i < region.start() + OPENING_LINES && words <= total * OPENING_SHARE; i++) {
            Line l = lines.get(i);
            boolean marker = kinds[i] == Kind.DATE
                    || !normalisedTitle.isEmpty() && Headlines.normalise(l.text()).equals(normalisedTitle)
                    || (kinds[i] != Kind.PROSE || l.words() <= 15) && !Bylines.parse(l.text(), vocabulary, kinds[i] == Kind.SHORT).isEmpty();
            if (marker) {
                start = i + 1;
            }
            words += kinds[i] == Kind.PROSE ? l.words() : 0;
        }
        while (start <= region.end() && scores[start] <= 0) {
            start++;
        }
        return start;
    }
}
