package org.dossier.story.claims;

/**
 * The aligner's thresholds. Scores are cosine similarities of sentence embeddings (or, without
 * embeddings, a weighted overlap of content words) plus small bonuses for shared entities, dates
 * and numbers; docs/STORY.md gives how each was measured.
 *
 * @param align                   score at which two statements that share a key make the same claim
 * @param alignOnValue            score at which two statements that share a rare date or number do
 * @param alignUnkeyed            score at which two statements that share no entity, date or number do
 * @param topic                   score at which two statements are about the same thing, for conflicts
 * @param negation                score at which a negation mismatch is a conflict (near-identical otherwise)
 * @param keyBonus                added per shared entity, date or number, up to {@code maxKeyBonus}
 * @param maxKeyBonus             the most the keys add
 * @param copyOverlap             word overlap (Jaccard) at which two sources are copies of one text
 * @param minWords                words a sentence needs to be a statement
 * @param maxStatementsPerArticle statements taken from an article, from its top
 */
public record ClaimConfig(double align, double alignOnValue, double alignUnkeyed, double topic, double negation, double keyBonus,
                          double maxKeyBonus, double copyOverlap, int minWords, int maxStatementsPerArticle) {
    /** With all-MiniLM-L6-v2 sentence embeddings. */
    public static final ClaimConfig EMBEDDED = new ClaimConfig(0.45, 0.30, 0.60, 0.15, 0.70, 0.25, 0.35, 0.7, 6, 80);
    /** Without embeddings: content-word overlap only. */
    public static final ClaimConfig LEXICAL = new ClaimConfig(0.45, 0.30, 0.60, 0.20, 0.60, 0.25, 0.35, 0.7, 6, 80);

    public ClaimConfig {
        if (!(topic > 0 && alignOnValue > 0 && alignOnValue <= align && topic <= align && align <= alignUnkeyed
                && alignUnkeyed <= 1.5)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < topic, alignOnValue <= align <= alignUnkeyed,"
                    + " got topic " + topic + ", alignOnValue " + alignOnValue + ", align " + align + ", alignUnkeyed " + alignUnkeyed);
        }
        if (keyBonus < 0 || maxKeyBonus < keyBonus || minWords < 1 || maxStatementsPerArticle < 1) {
            throw new IllegalArgumentException("bad claim config: keyBonus " + keyBonus + ", maxKeyBonus " + maxKeyBonus
                    + ", minWords " + minWords + ", maxStatementsPerArticle " + maxStatementsPerArticle);
        }
    }
}
