package org.dossier.story.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells how two sentences of different sources stand: the same claim, contradicting, related or
 * unrelated. A logistic model ({@link RelationModel}) over {@link RelationFeatures} gives the
 * probability that they assert the same thing; over its topic bar, a conflict rule that fires
 * ({@link ConflictRules}: another count, opposed accounts; near the same-claim bar, a negation or
 * another date) makes them contradict; else over its same-claim bar they are the same claim; else
 * they are related when their cosine (or word overlap) is over the related bar. Thread-safe.
 */
public final class RelationClassifier {
    private final RelationModel model;

    public RelationClassifier(RelationModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public RelationModel model() {
        return model;
    }

    /**
     * Two sentences alone, as the claims benchmark has them: no resolved entities, the years in them as
     * their dates.
     *
     * @param cosine the cosine of their sentence embeddings, or {@code NaN} without embeddings
     */
    public Relation relate(String a, String b, double cosine) {
        return relate(Statements.ofText(0, "a", a), Statements.ofText(1, "b", b), cosine);
    }

    /** The features of two sentences alone, in the order of {@link #featureNames()}, for fitting a model. */
    public static double[] features(String a, String b, double cosine) {
        return RelationFeatures.of(Statements.ofText(0, "a", a), Statements.ofText(1, "b", b), Double.isNaN(cosine) ? 0 : cosine)
                .vector();
    }

    public static java.util.List<String> featureNames() {
        return RelationFeatures.NAMES;
    }

    Relation relate(Statement a, Statement b, double cosine) {
        boolean embedded = !Double.isNaN(cosine);
        RelationFeatures f = RelationFeatures.of(a, b, embedded ? cosine : 0);
        double p = model.probability(f.vector());
        if (p >= model.topic()) {
            Optional<String> why = ConflictRules.onTopic(a, b);
            if (why.isEmpty() && p >= model.same()) {
                why = ConflictRules.sameOtherwise(a, b);
            }
            if (why.isPresent()) {
                return new Relation(SentenceRelation.CONTRADICTING, p, why);
            }
        }
        if (p >= model.same()) {
            return new Relation(SentenceRelation.SAME, p, Optional.empty());
        }
        double topical = embedded ? cosine : f.dice();
        return new Relation(topical >= model.related() ? SentenceRelation.RELATED : SentenceRelation.UNRELATED, p, Optional.empty());
    }
}
