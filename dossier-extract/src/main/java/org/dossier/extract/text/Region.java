package org.dossier.extract.text;

/**
 * A stretch of lines, both ends inclusive, as positions in the page's list of non-blank lines.
 *
 * @param start first line
 * @param end   last line, at least {@code start}
 */
record Region(int start, int end) {
    Region {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad region [" + start + ", " + end + "]");
        }
    }

    /**
     * The stretch whose scores have the largest sum (Kadane's algorithm: one pass), or null when
     * no score is positive.
     */
    static Region maxSum(double[] scores) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < scores.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new Region(bestStart, bestEnd);
    }
}
