package org.dossier.reuse;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A map from 64-bit keys to lists of document numbers in primitive arrays: about 12 bytes a posting,
 * no boxing, so that an index over 100k articles fits in a few hundred megabytes. Keys whose list
 * has grown past a cap stop taking postings: a shingle in thousands of articles is boilerplate, not
 * evidence of reuse. Not thread-safe.
 */
final class PostingIndex {
    private static final int EMPTY = -1;
    private final int cap;
    private long[] keys;
    private int[] heads;
    private int[] counts;
    private int used;
    private int[] docs = new int[1024];
    private int[] next = new int[1024];
    private int postings;

    /** @param cap the longest list kept for one key; lookups of longer keys see nothing */
    PostingIndex(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("posting cap must be at least 1, got " + cap);
        }
        this.cap = cap;
        keys = new long[1 << 10];
        heads = new int[1 << 10];
        counts = new int[1 << 10];
        Arrays.fill(heads, EMPTY);
    }

    /** Adds {@code doc} to the list of {@code key}, unless that list is over the cap. */
    void add(long key, int doc) {
        if ((used + 1) * 4 >= keys.length * 3) {
            grow();
        }
        int slot = slot(key);
        if (heads[slot] == EMPTY) {
            keys[slot] = key;
            used++;
        } else if (counts[slot] > cap) {
            return;
        }
        counts[slot]++;
        if (counts[slot] > cap) {
            return; // over the cap from now on: this key no longer says anything
        }
        if (postings == docs.length) {
            docs = Arrays.copyOf(docs, postings * 2);
            next = Arrays.copyOf(next, postings * 2);
        }
        docs[postings] = doc;
        next[postings] = heads[slot] == EMPTY ? EMPTY - 1 : heads[slot];
        heads[slot] = postings++;
    }

    /** Calls {@code sink} with every document listed under {@code key}, newest first. */
    void forEach(long key, IntConsumer sink) {
        int slot = slot(key);
        if (heads[slot] == EMPTY || counts[slot] > cap) {
            return;
        }
        for (int p = heads[slot]; p >= 0; p = next[p]) {
            sink.accept(docs[p]);
        }
    }

    /** How many documents were listed under {@code key}, counting those past the cap. */
    int count(long key) {
        int slot = slot(key);
        return heads[slot] == EMPTY ? 0 : counts[slot];
    }

    long postings() {
        return postings;
    }

    /** Approximate heap bytes held. */
    long bytes() {
        return (long) keys.length * 16 + (long) docs.length * 8;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (heads[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(heads, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
                counts[s] = oldCounts[i];
            }
        }
    }
}
