package org.dossier.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.fingerprint.Fingerprint;
import org.dossier.fingerprint.MinHash;

/**
 * The candidate search of reuse detection, apart from the alignment: each fingerprint
 * {@linkplain #add added} is matched against the earlier ones that share a winnowed shingle or a
 * MinHash LSH band with it (never against all of them), and the earlier articles worth aligning with
 * it come back, best first. It holds fingerprints only, no text, so a driver can plan the pairs of
 * millions of articles and leave the alignment of each pair ({@link PairComparer}) to wherever the
 * two texts are. Not thread-safe (calls are serialised).
 */
public final class ReuseCandidates {
    private final ReuseConfig config;
    private PostingIndex winnowed;
    private LshIndex lsh;
    private final List<Fingerprint> fingerprints = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    /** Fingerprints below this number were {@linkplain #forgetAllBut forgotten}: their slots hold null. */
    private int forgotten;
    /** Fingerprints below this number had their postings dropped when the indexes were last rebuilt. */
    private int indexedFrom;

    public ReuseCandidates(ReuseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.winnowed = new PostingIndex(config.postingCap());
        this.lsh = newLsh();
    }

    private LshIndex newLsh() {
        return new LshIndex(32, 4, config.postingCap() * 16);
    }

    /**
     * Adds a fingerprint and returns the numbers ({@link #size()} at the time each was added) of the
     * earlier articles to align with it, those sharing most first, at most
     * {@link ReuseConfig#maxCandidates()}.
     *
     * @param alsoCompare ids of earlier articles to propose whatever the index says (unknown or
     *                    forgotten ids are ignored), after those the index proposes
     */
    public synchronized List<Integer> add(Fingerprint fingerprint, Collection<String> alsoCompare) {
        if (byId.containsKey(fingerprint.articleId())) {
            throw new IllegalArgumentException("article " + fingerprint.articleId() + " was already added");
        }
        List<Integer> found = candidates(fingerprint, alsoCompare);
        int doc = fingerprints.size();
        fingerprints.add(fingerprint);
        byId.put(fingerprint.articleId(), doc);
        index(doc, fingerprint);
        return found;
    }

    /** The id of the article added as number {@code doc}. */
    public synchronized String idOf(int doc) {
        Fingerprint f = fingerprints.get(doc);
        if (f == null) {
            throw new IllegalArgumentException("article number " + doc + " was forgotten");
        }
        return f.articleId();
    }

    /**
     * Forgets all but the latest {@code latest} fingerprints, which then are never candidates again;
     * their postings leave the indexes when these are next rebuilt from the remembered fingerprints,
     * which happens once as many were forgotten as are remembered (so each is re-indexed a bounded
     * number of times, and the postings too are bounded by the window).
     *
     * @return the numbers forgotten by this call, from the first to the last (exclusive)
     */
    public synchronized int[] forgetAllBut(int latest) {
        if (latest < 0) {
            throw new IllegalArgumentException("latest must not be negative, got " + latest);
        }
        int from = forgotten;
        for (int end = fingerprints.size() - latest; forgotten < end; forgotten++) {
            byId.remove(fingerprints.set(forgotten, null).articleId());
        }
        if (forgotten - indexedFrom >= Math.max(1, fingerprints.size() - forgotten)) {
            winnowed = new PostingIndex(config.postingCap());
            lsh = newLsh();
            for (int d = forgotten; d < fingerprints.size(); d++) {
                index(d, fingerprints.get(d));
            }
            indexedFrom = forgotten;
        }
        return new int[] {from, forgotten};
    }

    /** Fingerprints added so far, forgotten ones included. */
    public synchronized int size() {
        return fingerprints.size();
    }

    /** Approximate heap bytes of the indexes and the remembered fingerprints' slots. */
    public synchronized long indexBytes() {
        return winnowed.bytes() + lsh.bytes() + (fingerprints.size() - forgotten) * 600L + fingerprints.size() * 8L;
    }

    private void index(int doc, Fingerprint fingerprint) {
        for (long h : fingerprint.winnowed()) {
            winnowed.add(h, doc);
        }
        lsh.add(fingerprint.minHash(), doc);
    }

    private List<Integer> candidates(Fingerprint fp, Collection<String> alsoCompare) {
        // each shared hash counts 1 / (articles holding it): a passage two articles alone share counts
        // 0.5 a hash, a stock phrase in forty articles 0.025, so stock phrases alone propose nobody
        Map<Integer, Double> evidence = new HashMap<>();
        for (long h : fp.winnowed()) {
            int holders = winnowed.count(h);
            if (holders > 0) {
                double weight = 1.0 / (holders + 1);
                winnowed.forEach(h, d -> {
                    if (d >= forgotten) {
                        evidence.merge(d, weight, Double::sum);
                    }
                });
            }
        }
        Map<Integer, Integer> shared = new HashMap<>();
        evidence.forEach((d, e) -> {
            if (e >= config.minEvidence()) {
                shared.put(d, (int) Math.ceil(e * 1000));
            }
        });
        int sure = Integer.MAX_VALUE;
        lsh.candidates(fp.minHash(), d -> {
            if (d >= forgotten && shared.getOrDefault(d, 0) < sure
                    && MinHash.similarity(fingerprints.get(d).minHash(), fp.minHash()) >= config.lshMinJaccard()) {
                shared.put(d, sure);
            }
        });
        for (String id : alsoCompare) {
            Integer d = byId.get(id);
            if (d != null) {
                shared.putIfAbsent(d, 0);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxCandidates()).map(Map.Entry::getKey).toList();
    }
}
