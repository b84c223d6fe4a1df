package org.dossier.reuse;

import java.util.function.IntConsumer;
import org.dossier.fingerprint.Hashing;

/**
 * Locality-sensitive hashing of MinHash signatures: {@code bands} bands of {@code rows} values each;
 * two articles are candidates when one band agrees, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for Jaccard similarity {@code J} (about 0.42 at even odds for 32×4).
 */
final class LshIndex {
    private final int bands;
    private final int rows;
    private final PostingIndex postings;

    LshIndex(int bands, int rows, int cap) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("need at least one band of one row, got " + bands + "×" + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.postings = new PostingIndex(cap);
    }

    void add(int[] signature, int doc) {
        requireLength(signature);
        for (int band = 0; band < bands; band++) {
            postings.add(key(signature, band), doc);
        }
    }

    /** Every document sharing a band with {@code signature}; a document may be reported once per band. */
    void candidates(int[] signature, IntConsumer sink) {
        requireLength(signature);
        for (int band = 0; band < bands; band++) {
            postings.forEach(key(signature, band), sink);
        }
    }

    long bytes() {
        return postings.bytes();
    }

    private long key(int[] signature, int band) {
        long h = Hashing.mix(band + 1L);
        for (int r = 0; r < rows; r++) {
            h = Hashing.mix(h * 31 + signature[band * rows + r]);
        }
        return h;
    }

    private void requireLength(int[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, the index needs "
                    + bands * rows);
        }
    }
}
