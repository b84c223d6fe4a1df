package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.meta.WireCredits;

/**
 * Chooses the article's lines inside the main region: splits the region where strong furniture
 * (dates, link lists, adverts, menus) interrupts it, keeps the block with the most text and every
 * other block that shares its topic, and drops furniture lines and lone labels within the kept
 * blocks. Blocks after such a break that talk about something else are snippets of other stories.
 */
final class BodyFinder {
    /** A break whose lines score this low or lower separates blocks that must prove their topic. */
    static final double STRONG_BREAK = -6;
    /** Share of a block's content words the article's topic must hold for the block to stay. */
    static final double MIN_OVERLAP = 0.15;
    private static final int MIN_TOPIC_WORDS = 8;
    private static final int MIN_WORDS_BEFORE_COMMENTS = 50;
    /** A trailing stretch sharing less than this with the rest of the body is another story. */
    private static final double TAIL_OVERLAP = 0.08;
    private static final int MAX_TAIL_TRIMS = 3;
    private static final int MIN_LIST_ITEM_WORDS = 3;
    private static final double MIN_LIST_MEAN_WORDS = 5;
    /** The first block at least this share of the largest one anchors the article. */
    private static final double ANCHOR_SHARE = 1.0;

    private BodyFinder() {
    }

    /** The lines of the body, in order; empty when nothing in the region is prose. */
    static List<Integer> body(List<Line> lines, Kind[] kinds, double[] scores, Region region, String title) {
        List<Region> blocks = blocks(kinds, scores, beforeComments(lines, kinds, region));
        if (blocks.isEmpty()) {
            return List.of();
        }
        int anchor = anchor(scores, blocks);
        Topic topic = new Topic();
        topic.add(title);
        addText(topic, lines, blocks.get(anchor));
        boolean[] keep = new boolean[blocks.size()];
        keep[anchor] = true;
        // outward from the anchor, so that each kept block widens the topic for the next
        // and never across a break holding a date or a link list: past those come other stories
        for (int b = anchor + 1; b < blocks.size() && !dated(kinds, blocks.get(b - 1), blocks.get(b)); b++) {
            keep[b] = coherent(topic, lines, blocks.get(b), b == blocks.size() - 1);
        }
        for (int b = anchor - 1; b >= 0 && !dated(kinds, blocks.get(b), blocks.get(b + 1)); b--) {
            keep[b] = coherent(topic, lines, blocks.get(b), b == 0);
        }
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!keep[b]) {
                continue;
            }
            // a bulleted list long enough to split the article into two kept blocks is part of it
            if (b > 0 && keep[b - 1] && bulletList(lines, kinds, blocks.get(b - 1).end() + 1, blocks.get(b).start())) {
                for (int k = blocks.get(b - 1).end() + 1; k < blocks.get(b).start(); k++) {
                    out.add(k);
                }
            }
            keepLines(lines, kinds, blocks.get(b), title, out);
        }
        trimOffTopicTail(lines, kinds, title, out);
        // a wire's credit line closes the story without being part of it
        while (out.size() > 1 && WireCredits.isCreditLine(lines.get(out.get(out.size() - 1)).text())) {
            out.remove(out.size() - 1);
        }
        KeyPoints.appendAfter(lines, kinds, topic, out);
        return out;
    }

    /**
     * Drops trailing stretches of prose that a label or a gap parts from the rest and that share
     * almost nothing with the headline and the body above: a story of another kind, run on after a
     * single "Other news" line that was too weak to split the region.
     */
    private static void trimOffTopicTail(List<Line> lines, Kind[] kinds, String title, List<Integer> out) {
        for (int round = 0; round < MAX_TAIL_TRIMS; round++) {
            int start = out.size() - 1;
            while (start > 0 && out.get(start - 1) == out.get(start) - 1 && kinds[out.get(start - 1)] != Kind.SHORT) {
                start--;
            }
            if (start <= 0) {
                return;
            }
            Topic rest = new Topic();
            rest.add(title);
            StringBuilder tail = new StringBuilder();
            int restWords = 0;
            int tailWords = 0;
            for (int k = 0; k < out.size(); k++) {
                Line l = lines.get(out.get(k));
                if (k < start) {
                    rest.add(l.text());
                    restWords += l.words();
                } else {
                    tail.append(l.text()).append('\n');
                    tailWords += l.words();
                }
            }
            if (tailWords >= restWords) {
                // the larger part is the article: only a minority at the end can be an aside
                return;
            }
            double overlap = rest.overlap(tail.toString(), MIN_TOPIC_WORDS);
            if (overlap < 0 || overlap >= TAIL_OVERLAP) {
                return;
            }
            // the label above the stretch goes with it
            int cut = kinds[out.get(start - 1)] == Kind.SHORT ? start - 1 : start;
            out.subList(cut, out.size()).clear();
        }
    }

    private static boolean dated(Kind[] kinds, Region before, Region after) {
        for (int i = before.end() + 1; i < after.start(); i++) {
            if (kinds[i] == Kind.DATE || kinds[i] == Kind.LIST) {
                return true;
            }
        }
        return false;
    }

    /** The region up to the heading of a comment section, if one follows the first paragraph. */
    private static Region beforeComments(List<Line> lines, Kind[] kinds, Region region) {
        int words = 0;
        for (int i = region.start(); i <= region.end(); i++) {
            // a post's meta line ("12 Comments / in News") may sit above the text: only a heading below some text counts
            if (words >= MIN_WORDS_BEFORE_COMMENTS && kinds[i] != Kind.PROSE && Furniture.isCommentsHeading(lines.get(i))) {
                return new Region(region.start(), i - 1);
            }
            words += kinds[i] == Kind.PROSE ? lines.get(i).words() : 0;
        }
        return region;
    }

    /**
     * The block the article is judged by: the first one of at least {@link #ANCHOR_SHARE} of the
     * largest's score (measured best at 1: the largest block).
     */
    private static int anchor(double[] scores, List<Region> blocks) {
        double[] sums = new double[blocks.size()];
        double max = 0;
        for (int b = 0; b < blocks.size(); b++) {
            sums[b] = sum(scores, blocks.get(b));
            max = Math.max(max, sums[b]);
        }
        for (int b = 0; b < blocks.size(); b++) {
            if (sums[b] >= ANCHOR_SHARE * max) {
                return b;
            }
        }
        return 0;
    }

    private static boolean coherent(Topic topic, List<Line> lines, Region block, boolean outermost) {
        StringBuilder text = new StringBuilder();
        for (int i = block.start(); i <= block.end(); i++) {
            text.append(lines.get(i).text()).append('\n');
        }
        double overlap = topic.overlap(text.toString(), MIN_TOPIC_WORDS);
        boolean ok = overlap < 0 ? !outermost : overlap >= MIN_OVERLAP;
        if (ok) {
            topic.add(text.toString());
        }
        return ok;
    }

    /** The region cut at strong breaks into blocks that each start and end with prose. */
    static List<Region> blocks(Kind[] kinds, double[] scores, Region region) {
        List<Region> blocks = new ArrayList<>();
        int blockStart = -1;
        int lastProse = -1;
        double breakSum = 0;
        for (int i = region.start(); i <= region.end(); i++) {
            if (scores[i] > 0) {
                if (blockStart < 0) {
                    blockStart = i;
                } else if (breakSum <= STRONG_BREAK) {
                    blocks.add(new Region(blockStart, lastProse));
                    blockStart = i;
                }
                lastProse = i;
                breakSum = 0;
            } else {
                breakSum += scores[i];
            }
        }
        if (blockStart >= 0) {
            blocks.add(new Region(blockStart, lastProse));
        }
        return blocks;
    }

    private static void keepLines(List<Line> lines, Kind[] kinds, Region block, String title, List<Integer> out) {
        String normalisedTitle = Headlines.normalise(title);
        int i = block.start();
        while (i <= block.end()) {
            if (kinds[i] == Kind.PROSE || kinds[i] == Kind.POINT) {
                out.add(i++);
                continue;
            }
            int j = i;
            while (j <= block.end() && kinds[j] != Kind.PROSE && kinds[j] != Kind.POINT) {
                j++;
            }
            // one or two labels between paragraphs are headings ("2. Take inventory"); a run of them is a gallery or a menu
            if (j - i <= 2 || bulletList(lines, kinds, i, j)) {
                for (int k = i; k < j; k++) {
                    boolean heading = kinds[k] == Kind.SHORT || kinds[k] == Kind.ITEM && lines.get(k).words() >= 2;
                    if (heading && !Headlines.normalise(lines.get(k).text()).equals(normalisedTitle)) {
                        out.add(k);
                    }
                }
            }
            i = j;
        }
    }

    /**
     * A list inside the article: bullets announced by the line above them (ending in a colon), each
     * saying something, with no furniture words, where a menu's entries are one or two words.
     */
    private static boolean bulletList(List<Line> lines, Kind[] kinds, int from, int to) {
        // the article introduces its own lists ("...the routes that buses use:"); related links come unannounced
        if (from == 0 || !lines.get(from - 1).text().endsWith(":")) {
            return false;
        }
        int items = 0;
        int words = 0;
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (kinds[k] == Kind.SHORT && k == from) {
                continue;
            }
            if (kinds[k] != Kind.ITEM || l.furniture() > 0 || l.words() < MIN_LIST_ITEM_WORDS) {
                return false;
            }
            items++;
            words += l.words();
        }
        return items >= 2 && words >= MIN_LIST_MEAN_WORDS * items;
    }

    private static void addText(Topic topic, List<Line> lines, Region r) {
        for (int i = r.start(); i <= r.end(); i++) {
            topic.add(lines.get(i).text());
        }
    }

    private static double sum(double[] scores, Region r) {
        double s = 0;
        for (int i = r.start(); i <= r.end(); i++) {
            s += scores[i];
        }
        return s;
    }
}
