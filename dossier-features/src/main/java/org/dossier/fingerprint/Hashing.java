package org.dossier.fingerprint;

/** 64-bit hashing shared by words, shingles and MinHash: fast, seeded, and the same on every machine. */
public final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** MurmurHash3's finaliser: spreads every input bit over the output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** FNV-1a over the chars of {@code s[from, to)}, lower-cased the way {@link WordSpans} normalises. */
    static long word(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = WordSpans.fold(s.charAt(i));
            h ^= c;
            h *= FNV_PRIME;
        }
        return mix(h);
    }
}
