package org.dossier.extract.html.content;

/**
 * How much a block looks like article prose (positive), like navigation (negative) or neither
 * (zero). Prose is long, sentence-shaped and mostly unlinked; menus and link lists are short and
 * mostly linked. Only the unlinked part of a block counts as prose, so a summary behind a linked
 * lead-in counts for its summary.
 */
final class BlockScore {
    private BlockScore() {
    }

    static double weight(Block b) {
        double ld = b.linkDensity();
        int words = b.words();
        int chars = b.text().length();
        int plain = chars - b.linkChars();
        double plainWords = words * (1 - ld);
        if (b.isHeading() && ld <= 0.5) {
            // headlines and subheads belong to whatever they head: they neither make nor break a container
            return 0;
        }
        if (b.linkLed() && ld <= 0.5) {
            // a teaser (linked headline, then its summary) is neither prose nor navigation: inside an
            // article it may be a listicle's item, outside one it is another article's advertisement
            return 0;
        }
        if (ld < 0.35 && (words >= 12 || (words >= 6 && b.endsLikeSentence()))) {
            return plain;
        }
        if (ld <= 0.65 && plainWords >= 12 && b.endsLikeSentence()) {
            return plain;
        }
        if (ld > 0.5) {
            return -b.linkChars();
        }
        if (ld > 0.35) {
            return -b.linkChars() * 0.5;
        }
        return 0;
    }
}
