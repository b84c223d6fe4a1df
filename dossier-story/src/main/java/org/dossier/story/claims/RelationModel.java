package org.dossier.story.claims;

import java.util.Arrays;
import java.util.Locale;

/**
 * The weights of the sentence-relation classifier: a logistic regression for "the two sentences
 * assert the same thing" over {@link RelationFeatures}, and the bars that turn its probability and
 * the cosine into a relation. Fitted on the development part of the claims test set
 * ({@code dossier eval claims --fit}, docs/STORY.md); the held-out part was scored once.
 *
 * @param weights one per feature of {@link RelationFeatures#NAMES}, in that order
 * @param bias    the intercept
 * @param same    probability at which two sentences are the same claim
 * @param related cosine (or, without embeddings, content-word Dice) at which two sentences that are not the
 *                same claim are related rather than unrelated
 * @param topic   probability at which two sentences that name the same rarely named person mention one fact
 *                (not fitted: set by hand, see docs/STORY.md)
 */
public record RelationModel(double[] weights, double bias, double same, double related, double topic) {

    /** With MiniLM cosines (centred on the story): fitted on the dev pairs (see docs/STORY.md for the figures). */
    public static final RelationModel EMBEDDED = new RelationModel(
            new double[] {6.228, 0, 0, 0, 0, 0, 0, -1.591, 0}, -3.937, 0.31, 0.07, 0.15);
    /** Without embeddings (the cosine feature is 0): fitted on the same pairs. */
    public static final RelationModel LEXICAL = new RelationModel(
            new double[] {0, 4.761, 0, 0, 0, 0, 0, -1.457, 0}, -3.305, 0.31, 0.19, 0.15);

    public RelationModel {
        weights = weights.clone();
        if (weights.length != RelationFeatures.NAMES.size()) {
            throw new IllegalArgumentException("a relation model needs " + RelationFeatures.NAMES.size() + " weights "
                    + RelationFeatures.NAMES + ", got " + weights.length);
        }
        for (double b : new double[] {same, related, topic}) {
            if (!(b > 0 && b < 1)) {
                throw new IllegalArgumentException("the bars must lie in (0, 1), got same " + same + ", related " + related
                        + ", topic " + topic);
            }
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The probability that sentences with these features assert the same thing. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationModel m && Arrays.equals(weights, m.weights) && bias == m.bias && same == m.same
                && related == m.related && topic == m.topic;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RelationModel[");
        for (int i = 0; i < weights.length; i++) {
            s.append(RelationFeatures.NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.3f", weights[i])).append(", ");
        }
        return s.append(String.format(Locale.ROOT, "bias %.3f, same %.2f, related %.2f, topic %.2f]", bias, same, related, topic))
                .toString();
    }
}
