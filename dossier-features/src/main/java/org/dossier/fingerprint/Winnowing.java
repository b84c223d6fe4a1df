package org.dossier.fingerprint;

import java.util.Arrays;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): from every window of {@code w}
 * consecutive shingle hashes keep the smallest. Two texts sharing a run of at least {@code w + k - 1}
 * words ({@code k} the shingle size) are then guaranteed to share a kept hash, while only about
 * {@code 2 / (w + 1)} of the hashes are kept.
 */
public final class Winnowing {

    private Winnowing() {
    }

    /** The distinct kept hashes, sorted; all the shingles when there are fewer than {@code w}. */
    public static long[] select(long[] shingles, int w) {
        if (w < 1) {
            throw new IllegalArgumentException("winnowing window must be at least 1, got " + w);
        }
        if (shingles.length <= w) {
            return distinctSorted(shingles.clone(), shingles.length);
        }
        long[] kept = new long[shingles.length];
        int n = 0;
        int lastPick = -1;
        for (int start = 0; start + w <= shingles.length; start++) {
            int pick = start;
            // the rightmost minimum, so that a window sliding past an equal value keeps the same pick
            for (int i = start + 1; i < start + w; i++) {
                if (shingles[i] <= shingles[pick]) {
                    pick = i;
                }
            }
            if (pick != lastPick) {
                kept[n++] = shingles[pick];
                lastPick = pick;
            }
        }
        return distinctSorted(kept, n);
    }

    private static long[] distinctSorted(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || values[m - 1] != values[i]) {
                values[m++] = values[i];
            }
        }
        return Arrays.copyOf(values, m);
    }
}
