package org.dossier.extract.html.content;

import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article: the one with the most article-like text once the
 * boilerplate text it also holds is charged against it. Going up a level pays only when the parent
 * adds more prose than navigation; going down pays only when the child sheds navigation without
 * losing prose, so the pick is the tightest element around all of the article's paragraphs.
 */
final class ContainerChooser {
    /** How much one character of link-list text costs against one character of prose. */
    private static final double BAD_COST = 0.6;

    private ContainerChooser() {
    }

    static Element choose(Element root, BlockWalker.Layout layout, TextScores scores) {
        Element best = root;
        double bestScore = Double.NEGATIVE_INFINITY;
        // document order, so that ties always go the same way
        for (Element e : root.getAllElements()) {
            if (!BlockWalker.BLOCK_TAGS.contains(e.normalName())) {
                continue;
            }
            double score = scores.good(e) - BAD_COST * scores.bad(e);
            if (ClassHints.positive(e) || e.normalName().equals("article")) {
                score *= 1.1;
            }
            // on a tie the deeper element wins: the tightest box around the same text
            if (score > bestScore || (score == bestScore && layout.depth(e) > layout.depth(best))) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }
}
