package org.dossier.reuse;

import java.util.Objects;

/**
 * The knobs of {@link ReuseDetector}, with defaults measured on the sample corpus and the scale benchmark.
 *
 * @param aligner         finds shared passages
 * @param paraphrases     finds paraphrased sentences, when both articles have embeddings
 * @param classifier      names the relation
 * @param provenance      orders the pair
 * @param postingCap      a winnowed shingle in more articles than this is boilerplate and ignored
 * @param lshMinJaccard   least estimated Jaccard similarity for an LSH candidate to be aligned
 * @param maxCandidates   most earlier articles aligned with one new article, those sharing most first
 * @param minEvidence     least sum, over the winnowed hashes an earlier article shares with the new one, of
 *                        {@code 1 / (articles holding the hash + 1)} for it to be a candidate: a passage only
 *                        the two share clears it with one hash, a stock phrase in twenty articles never does
 */
public record ReuseConfig(PassageAligner aligner, ParaphraseAligner paraphrases, ReuseClassifier classifier,
                          Provenance provenance, int postingCap, double lshMinJaccard, int maxCandidates,
                          double minEvidence) {

    public static final ReuseConfig DEFAULT = new ReuseConfig(PassageAligner.DEFAULT, ParaphraseAligner.DEFAULT,
            ReuseClassifier.DEFAULT, Provenance.DEFAULT, 64, 0.3, 200, 0.2);

    public ReuseConfig {
        Objects.requireNonNull(aligner, "aligner");
        Objects.requireNonNull(paraphrases, "paraphrases");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(provenance, "provenance");
        if (postingCap < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("postingCap and maxCandidates must be positive, got " + postingCap
                    + " and " + maxCandidates);
        }
        if (!(minEvidence >= 0)) {
            throw new IllegalArgumentException("minEvidence must not be negative, got " + minEvidence);
        }
        if (!(lshMinJaccard >= 0 && lshMinJaccard <= 1)) {
            throw new IllegalArgumentException("lshMinJaccard must be in [0, 1], got " + lshMinJaccard);
        }
    }
}
