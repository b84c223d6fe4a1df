package org.dossier.extract.html.content;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * How much prose and how much navigation text each element of a {@link BlockWalker.Layout} holds.
 * A prose block counts fully only when it runs on from another prose block: an article is a run of
 * paragraphs, while a teaser rail alternates linked headlines with one-paragraph blurbs, each blurb
 * alone between links. Sums come from prefix sums over the blocks, so asking about any element
 * costs constant time.
 */
final class TextScores {
    /** What a prose block counts for when no prose block is next to it. */
    private static final double ISOLATED = 0.1;
    /** Link text shorter than this between two paragraphs (a source credit) does not break their run. */
    private static final double MIN_BREAK_CHARS = 20;
    private static final int NEUTRAL = 0;
    private static final int PROSE = 1;
    private static final int BREAK = 2;

    private final BlockWalker.Layout layout;
    private final double[] goodPrefix;
    private final double[] badPrefix;

    private TextScores(BlockWalker.Layout layout, double[] goodPrefix, double[] badPrefix) {
        this.layout = layout;
        this.goodPrefix = goodPrefix;
        this.badPrefix = badPrefix;
    }

    static TextScores of(BlockWalker.Layout layout) {
        List<Block> blocks = layout.blocks();
        int n = blocks.size();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = BlockScore.weight(blocks.get(i));
        }
        double[] good = new double[n + 1];
        double[] bad = new double[n + 1];
        // what matters for a run: prose, or a break (a linked headline, a removed region); short
        // links such as a "[Source]" credit between two paragraphs neither join nor break them
        int[] kind = new int[n];
        for (int i = 0; i < n; i++) {
            kind[i] = weight[i] > 0 ? PROSE : weight[i] <= -MIN_BREAK_CHARS ? BREAK : NEUTRAL;
        }
        boolean[] joinedAt = new boolean[n];
        boolean anyJoined = false;
        int prev = NEUTRAL;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).afterRemoved()) {
                // a removed share bar or teaser header stood here: what came before is not adjacent
                prev = BREAK;
            }
            if (kind[i] == PROSE) {
                boolean joined = prev == PROSE;
                if (!joined) {
                    int next = i + 1;
                    while (next < n && kind[next] == NEUTRAL && !blocks.get(next).afterRemoved()) {
                        next++;
                    }
                    joined = next < n && kind[next] == PROSE && !blocks.get(next).afterRemoved();
                }
                joinedAt[i] = joined;
                anyJoined |= joined;
            }
            if (kind[i] != NEUTRAL) {
                prev = kind[i];
            }
        }
        for (int i = 0; i < n; i++) {
            double w = weight[i];
            if (w > 0 && anyJoined && !joinedAt[i]) {
                // a page with no run of prose at all (a one-paragraph item) keeps its blocks' full weight
                w *= ISOLATED;
            }
            good[i + 1] = good[i] + Math.max(0, w);
            bad[i + 1] = bad[i] + Math.max(0, -w);
        }
        return new TextScores(layout, good, bad);
    }

    double good(Element e) {
        int[] r = layout.ranges().get(e);
        return r == null ? 0 : goodPrefix[r[1]] - goodPrefix[r[0]];
    }

    double bad(Element e) {
        int[] r = layout.ranges().get(e);
        return r == null ? 0 : badPrefix[r[1]] - badPrefix[r[0]];
    }
}
