package org.dossier.extract.html.content;

/**
 * How much a block looks like article prose (positive), like navigation (negative) or neither
 * (zero). Prose is long, sentence-shaped and mostly unlinked; menus and link lists are short and
 * mostly linked.
 */
final class BlockScore {
    private BlockScore() {
    }

    static double weight(Block b) {
        double ld = b.linkDensity();
        int words = b.words();
        int chars = b.text().length();
        if (ld > 0.5) {
            return -chars * ld;
        }
        if (ld < 0.35 && (words >= 12 || (words >= 6 && b.endsLikeSentence()))) {
            return chars * (1 - ld);
        }
        if (ld > 0.35) {
            return -chars * ld * 0.5;
        }
        return 0;
    }
}
