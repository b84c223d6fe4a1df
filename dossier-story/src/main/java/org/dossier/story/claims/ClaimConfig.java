package org.dossier.story.claims;

import java.util.Objects;

/**
 * The aligner's settings: the sentence-relation model that decides which statements make the same
 * claim, contradict or are merely related, and how statements are taken and counted.
 *
 * @param model                   the relation classifier's model ({@link RelationModel})
 * @param copyOverlap             word overlap (Jaccard) at which two sources are copies of one text
 * @param minWords                words a sentence needs to be a statement
 * @param maxStatementsPerArticle statements taken from an article, from its top
 * @param maxRelated              related statements a claim lists
 */
public record ClaimConfig(RelationModel model, double copyOverlap, int minWords, int maxStatementsPerArticle, int maxRelated) {
    /** With all-MiniLM-L6-v2 sentence embeddings. */
    public static final ClaimConfig EMBEDDED = new ClaimConfig(RelationModel.EMBEDDED, 0.7, 6, 80, 5);
    /** Without embeddings: the lexical model. */
    public static final ClaimConfig LEXICAL = new ClaimConfig(RelationModel.LEXICAL, 0.7, 6, 80, 5);

    public ClaimConfig {
        Objects.requireNonNull(model, "model");
        if (!(copyOverlap > 0 && copyOverlap <= 1) || minWords < 1 || maxStatementsPerArticle < 1 || maxRelated < 0) {
            throw new IllegalArgumentException("bad claim config: copyOverlap " + copyOverlap + ", minWords " + minWords
                    + ", maxStatementsPerArticle " + maxStatementsPerArticle + ", maxRelated " + maxRelated);
        }
    }
}
