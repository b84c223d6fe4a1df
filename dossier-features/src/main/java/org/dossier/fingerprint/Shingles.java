package org.dossier.fingerprint;

/** Hashed word shingles: one 64-bit hash per run of {@code k} consecutive words, in text order. */
public final class Shingles {

    private Shingles() {
    }

    /**
     * The hash of words {@code [i, i + k)} at index {@code i}; an empty array when the text has fewer
     * than {@code k} words.
     */
    public static long[] of(WordSpans words, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + k);
        }
        int n = words.size() - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h = Hashing.mix(h * 31 + words.hash(i + j));
            }
            out[i] = h;
        }
        return out;
    }
}
