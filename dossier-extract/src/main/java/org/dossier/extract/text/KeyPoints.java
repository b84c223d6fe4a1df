package org.dossier.extract.text;

import java.util.List;

/**
 * Finds the list an article may end with when its entries are too short to count as sentences on
 * their own: key points ("Key Takeaways" and a few bullets on the article's topic, under at most
 * one heading), or a list the article announces with a colon ("The tour dates:") and gives line by
 * line.
 */
final class KeyPoints {
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 12;
    private static final double MIN_MEAN_WORDS = 5;
    private static final int MIN_ITEM_WORDS = 4;
    private static final int MAX_ANNOUNCED = 80;
    private static final double MIN_OVERLAP = 0.3;

    private KeyPoints() {
    }

    /** Appends to {@code body} the heading and bullets that follow its last line, when they are key points. */
    static void appendAfter(List<Line> lines, Kind[] kinds, Topic topic, List<Integer> body) {
        if (body.isEmpty()) {
            return;
        }
        int last = body.get(body.size() - 1);
        int i = last + 1;
        if (lines.get(last).text().endsWith(":")) {
            appendAnnounced(lines, kinds, i, body, -1);
            return;
        }
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
        if (items == 0 && heading >= 0 && lines.get(heading).text().endsWith(":")) {
            appendAnnounced(lines, kinds, i, body, heading);
            return;
        }
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

    /**
     * A list the article announces with a colon ("The tour dates:") and then gives line by line,
     * bulleted or not: its lines stay until one that is not a list entry (furniture, a date, a
     * paragraph, a one-word menu entry).
     */
    private static void appendAnnounced(List<Line> lines, Kind[] kinds, int first, List<Integer> body, int heading) {
        int i = first;
        while (i < lines.size() && i - first < MAX_ANNOUNCED && (kinds[i] == Kind.SHORT || kinds[i] == Kind.ITEM)
                && lines.get(i).words() >= MIN_ITEM_WORDS - 1 && lines.get(i).furniture() == 0) {
            i++;
        }
        if (i - first < MIN_ITEMS) {
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
