package org.dossier.extract.text;

import java.util.List;

/**
 * Finds the list of key points an article may end with ("Key Takeaways" and a few bullets) when its
 * bullets are too short to count as sentences on their own: a run of bulleted lines right after
 * the body, under at most one heading, long enough to say something and on the article's topic.
 */
final class KeyPoints {
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 12;
    private static final double MIN_MEAN_WORDS = 5;
    private static final int MIN_ITEM_WORDS = 4;
    private static final double MIN_OVERLAP = 0.3;

    private KeyPoints() {
    }

    /** Appends to {@code body} the heading and bullets that follow its last line, when they are key points. */
    static void appendAfter(List<Line> lines, Kind[] kinds, Topic topic, List<Integer> body) {
        if (body.isEmpty()) {
            return;
        }
        int i = body.get(body.size() - 1) + 1;
        int heading = -1;
        if (i < lines.size() && kinds[i] == Kind.SHORT) {
            heading = i++;
        }
        int first = i;
        int words = 0;
        StringBuilder text = new StringBuilder();
        // a menu entry ("• Home") ends the points
        while (i < lines.size() && i - first <= MAX_ITEMS && lines.get(i).bullet() && lines.get(i).words() >= MIN_ITEM_WORDS
                && (kinds[i] == Kind.ITEM || kinds[i] == Kind.POINT) && lines.get(i).furniture() == 0) {
            words += lines.get(i).words();
            text.append(lines.get(i).text()).append('\n');
            i++;
        }
        int items = i - first;
        // a list that goes on past the cap is a list of links, not the article's points
        if (items < MIN_ITEMS || items > MAX_ITEMS || words < MIN_MEAN_WORDS * items
                || topic.overlap(text.toString(), 4) < MIN_OVERLAP) {
            return;
        }
        if (heading >= 0) {
            body.add(heading);
        }
        for (int k = first; k < i; k++) {
            body.add(k);
        }
    }
}
