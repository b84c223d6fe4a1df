package org.dossier.story.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells how two sentences of different sources stand: the same claim, contradicting, related or
 * unrelated. A logistic model ({@link RelationModel}) over {@link RelationFeatures} gives the
 * probability that they assert the same thing. In order: on one topic (cosine, or word overlap, over
 * the related bar) opposed accounts contradict ({@link ConflictRules#opposedAccounts}); would they be
 * one claim but for their values (the probability with {@code valueMiss} set aside over the same-claim
 * bar), another count, a negation or another date contradicts; over the same-claim bar they are the
 * same claim; else they are related, and when they share a date or number rare in their story (or,
 * over the topic bar, a rarely named person) one mentions the other's fact ({@link Relation#sharesFact}:
 * listed among a claim's sources, not counted); else unrelated. Thread-safe.
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
        // another count, a negation, another date: contradictions of sentences that would otherwise be one claim
        if (p0 >= model.same()) {
            Optional<String> why = ConflictRules.onTopic(a, b).or(() -> ConflictRules.sameOtherwise(a, b));
            if (why.isPresent()) {
                return new Relation(SentenceRelation.CONTRADICTING, p, why);
            }
        }
        if (p >= model.same()) {
            return new Relation(SentenceRelation.SAME, p, Optional.empty());
        }
        // the same fact in a sentence that asserts something else: a date or a count only a handful of the
        // story's statements give, on one topic; a rarely named person over the topic bar (one person says
        // many things). Listed among a claim's sources with its low strength, never counted as corroboration
        if ((topical >= model.related() && rarity.rareSharedValue(a, b) >= RARE)
                || (p >= model.topic() && rarity.rareSharedName(a, b) >= RARE)) {
            return new Relation(SentenceRelation.RELATED, p, Optional.empty(), true);
        }
        return new Relation(topical >= model.related() ? SentenceRelation.RELATED : SentenceRelation.UNRELATED, p, Optional.empty());
    }
}
