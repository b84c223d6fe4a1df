package org.dossier.story.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells how two sentences of different sources stand: the same claim, contradicting, related or
 * unrelated. A logistic model ({@link RelationModel}) over {@link RelationFeatures} gives the
 * probability that they assert the same thing; over its topic bar, a conflict rule that fires
 * ({@link ConflictRules}: another count, opposed accounts; near the same-claim bar, a negation or
 * another date) makes them contradict; else over its same-claim bar they are the same claim, and so are
 * two related sentences that share a date or number rare in their story (or, over the topic bar, a rare
 * name): the same fact told in other sentences; else they are related when their cosine (or word
 * overlap) is over the related bar. Thread-safe.
 */
public final class RelationClassifier {
    /** The specificity ({@link KeyRarity}) at which a shared name, date or number is rare in its story. */
    static final double RARE = 0.6;

    private final RelationModel model;

    public RelationClassifier(RelationModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public RelationModel model() {
        return model;
    }

    /**
     * Two sentences alone, as the claims benchmark has them: no resolved entities, the years in them as
     * their dates; {@code rarity} is taken over the sentences of their two articles.
     *
     * @param cosine the cosine of their sentence embeddings, or {@code NaN} without embeddings
     */
    public Relation relate(String a, String b, double cosine, KeyRarity rarity) {
        return relate(Statements.ofText(0, "a", a), Statements.ofText(1, "b", b), cosine, rarity);
    }

    /** The features of two sentences alone, in the order of {@link #featureNames()}, for fitting a model. */
    public static double[] features(String a, String b, double cosine, KeyRarity rarity) {
        return RelationFeatures.of(Statements.ofText(0, "a", a), Statements.ofText(1, "b", b), Double.isNaN(cosine) ? 0 : cosine,
                rarity).vector();
    }

    public static java.util.List<String> featureNames() {
        return RelationFeatures.NAMES;
    }

    Relation relate(Statement a, Statement b, double cosine, KeyRarity rarity) {
        boolean embedded = !Double.isNaN(cosine);
        RelationFeatures f = RelationFeatures.of(a, b, embedded ? cosine : 0, rarity);
        double p = model.probability(f.vector());
        // opposed accounts of one event are told in other words: on one topic is enough for them
        double topical = embedded ? cosine : f.dice();
        if (topical >= model.related()) {
            Optional<String> why = ConflictRules.opposedAccounts(a, b);
            if (why.isPresent()) {
                return new Relation(SentenceRelation.CONTRADICTING, p, why);
            }
        }
        // whether they would be one claim but for their values: another count or date is what a conflict
        // rule reads, so the model's penalty for values in disagreement must not hide it
        double[] valuesAside = f.vector();
        valuesAside[RelationFeatures.NAMES.indexOf("valueMiss")] = 0;
        double p0 = model.probability(valuesAside);
        if (p0 >= model.topic()) {
            Optional<String> why = ConflictRules.onTopic(a, b);
            if (why.isEmpty() && p0 >= model.same()) {
                why = ConflictRules.sameOtherwise(a, b);
            }
            if (why.isPresent()) {
                return new Relation(SentenceRelation.CONTRADICTING, p, why);
            }
        }
        if (p >= model.same()) {
            return new Relation(SentenceRelation.SAME, p, Optional.empty());
        }
        // the same fact told twice in other sentences: a date or a count that only a handful of the story's
        // statements give, on one topic; a rarely named person needs the topic bar (one person says many things)
        if ((topical >= model.related() && rarity.rareSharedValue(a, b) >= RARE)
                || (p >= model.topic() && rarity.rareSharedName(a, b) >= RARE)) {
            return new Relation(SentenceRelation.SAME, p, Optional.empty());
        }
        return new Relation(topical >= model.related() ? SentenceRelation.RELATED : SentenceRelation.UNRELATED, p, Optional.empty());
    }
}
