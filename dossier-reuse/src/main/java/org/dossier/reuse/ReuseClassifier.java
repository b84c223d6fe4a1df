package org.dossier.reuse;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Passage;
import org.dossier.model.ReuseKind;

/**
 * Names what a pair's shared passages amount to, from the share of the shorter article they cover.
 * {@code copy}: at least {@code copyCoverage} of it, almost all verbatim; {@code near-copy}: at least
 * {@code nearCopyCoverage}; {@code paraphrase}: less, but the pair shares a passage or says at least
 * {@code minParaphrases} sentences in other words.
 *
 * @param copyCoverage     least covered share for a copy
 * @param copyVerbatim     least verbatim share of the covered words for a copy
 * @param nearCopyCoverage least covered share for a near-copy
 * @param minParaphrases   least paraphrased sentences for a paraphrase without shared passages
 */
public record ReuseClassifier(double copyCoverage, double copyVerbatim, double nearCopyCoverage, int minParaphrases) {

    public static final ReuseClassifier DEFAULT = new ReuseClassifier(0.9, 0.97, 0.5, 2);

    public ReuseClassifier {
        if (!(0 < nearCopyCoverage && nearCopyCoverage <= copyCoverage && copyCoverage <= 1)) {
            throw new IllegalArgumentException("need 0 < nearCopyCoverage <= copyCoverage <= 1, got " + nearCopyCoverage
                    + " and " + copyCoverage);
        }
        if (minParaphrases < 1) {
            throw new IllegalArgumentException("minParaphrases must be at least 1, got " + minParaphrases);
        }
    }

    /** A kind and a score in [0, 1]. */
    public record Verdict(ReuseKind kind, double score) {
    }

    /**
     * @param verbatim    shared passages (verbatim or lightly edited)
     * @param paraphrases paraphrased sentence pairs
     * @param wordsA      words in the first article
     * @param wordsB      words in the second article
     */
    public Optional<Verdict> classify(List<Passage> verbatim, List<Passage> paraphrases, int wordsA, int wordsB) {
        if (verbatim.isEmpty() && paraphrases.size() < minParaphrases) {
            return Optional.empty();
        }
        int shorter = Math.max(1, Math.min(wordsA, wordsB));
        double covered = 0;
        double exact = 0;
        for (Passage p : verbatim) {
            covered += p.words();
            exact += p.words() * p.verbatim();
        }
        double coverage = Math.min(1, covered / shorter);
        double verbatimShare = covered == 0 ? 0 : exact / covered;
        if (coverage >= copyCoverage && verbatimShare >= copyVerbatim) {
            return Optional.of(new Verdict(ReuseKind.COPY, coverage));
        }
        if (coverage >= nearCopyCoverage) {
            return Optional.of(new Verdict(ReuseKind.NEAR_COPY, coverage));
        }
        double paraphrased = 0;
        for (Passage p : paraphrases) {
            paraphrased += p.words();
        }
        return Optional.of(new Verdict(ReuseKind.PARAPHRASE, Math.min(1, (covered + paraphrased) / shorter)));
    }
}
