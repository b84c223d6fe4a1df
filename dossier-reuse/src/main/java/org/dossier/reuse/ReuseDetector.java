package org.dossier.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.fingerprint.Fingerprint;
import org.dossier.fingerprint.WordSpans;
import org.dossier.model.Article;
import org.dossier.model.Reuse;

/**
 * Finds text reuse incrementally: each article {@linkplain #add added} is compared with the earlier
 * articles {@link ReuseCandidates} proposes (those sharing a winnowed shingle or a MinHash LSH band
 * with it, never all of them), plus any the caller names (the members of its story, where
 * paraphrases hide), each pair aligned by {@link PairComparer}. Holds the fingerprint index and a
 * reference to each article; not thread-safe (calls are serialised).
 */
public final class ReuseDetector {
    private final ReuseCandidates candidates;
    private final PairComparer comparer;
    private final List<PairComparer.Side> sides = new ArrayList<>();
    private long pairsAligned;

    public ReuseDetector(ReuseConfig config) {
        Objects.requireNonNull(config, "config");
        this.candidates = new ReuseCandidates(config);
        this.comparer = new PairComparer(config);
    }

    /**
     * Adds an article and returns its reuse relations with the articles added before it.
     *
     * @param fingerprint  its fingerprint, from {@link org.dossier.fingerprint.Fingerprinter}
     * @param embeddings   its sentence embeddings, for paraphrases; empty to look for shared text only
     * @param alsoCompare  ids of earlier articles to compare whatever the index says (unknown ids are ignored)
     */
    public synchronized List<Reuse> add(Article article, Fingerprint fingerprint, Optional<SentenceEmbeddings> embeddings,
                                        Collection<String> alsoCompare) {
        if (!article.id().equals(fingerprint.articleId())) {
            throw new IllegalArgumentException("fingerprint of " + fingerprint.articleId() + " given for article " + article.id());
        }
        List<Integer> earlier = candidates.add(fingerprint, alsoCompare);
        PairComparer.Side side = new PairComparer.Side(article, embeddings);
        sides.add(side);
        List<Reuse> found = new ArrayList<>();
        WordSpans words = WordSpans.of(article.body());
        for (int doc : earlier) {
            pairsAligned++;
            comparer.compare(sides.get(doc), side, words).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Forgets the bodies and fingerprints of all but the latest {@code latest} articles, which then
     * are never candidates again: what a stream calls, as it goes, to keep its heap bounded by a
     * window of articles rather than by all it has seen (a copy published after {@code latest}
     * newer articles goes unnoticed).
     */
    public synchronized void forgetAllBut(int latest) {
        int[] range = candidates.forgetAllBut(latest);
        for (int d = range[0]; d < range[1]; d++) {
            sides.set(d, null);
        }
    }

    /** Articles added so far. */
    public synchronized int size() {
        return candidates.size();
    }

    /** Pairs aligned so far: the work done, to compare with the {@code n²/2} pairs a full scan would align. */
    public synchronized long pairsAligned() {
        return pairsAligned;
    }

    /** Approximate heap bytes of the indexes (not of the articles, which the caller owns). */
    public synchronized long indexBytes() {
        return candidates.indexBytes();
    }
}
