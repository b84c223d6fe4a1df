package org.dossier.fingerprint;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: {@code size} seeded hash functions, each keeping its minimum
 * over the set, so that the share of equal positions of two signatures estimates the Jaccard
 * similarity of the sets. The seeds are fixed: signatures compare across runs and machines.
 */
public final class MinHash {
    private static final long SEED = 0x5eed_d055_1e4L;
    private final long[] seeds;

    public MinHash(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a MinHash signature needs at least one hash, got " + size);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of the set of {@code shingles}; all {@link Integer#MAX_VALUE} for an empty set. */
    public int[] signature(long[] shingles) {
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(s ^ seeds[i]) >>> 1;
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] out = new int[seeds.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = min[i] == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) (min[i] >>> 31);
        }
        return out;
    }

    /** The estimated Jaccard similarity of the sets behind two signatures of equal size. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures differ in size: " + a.length + " and " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
