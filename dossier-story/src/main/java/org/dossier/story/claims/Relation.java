package org.dossier.story.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * What the classifier says of two sentences.
 *
 * @param kind     the relation
 * @param strength the model's probability that they assert the same thing, 0..1 (for {@code SAME}, how
 *                 strongly one supports the other)
 * @param why      for {@code CONTRADICTING}, the reason, phrased from the first sentence's side
 * @param sharesFact for {@code RELATED}: they share a date, number or person rare in their story, so one
 *                   mentions the other's fact while asserting something else (a source of the claim that
 *                   does not count as corroboration)
 */
public record Relation(SentenceRelation kind, double strength, Optional<String> why, boolean sharesFact) {
    public Relation(SentenceRelation kind, double strength, Optional<String> why) {
        this(kind, strength, why, false);
    }

    public Relation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in 0..1, got " + strength);
        }
        if (kind == SentenceRelation.CONTRADICTING && why.isEmpty()) {
            throw new IllegalArgumentException("a contradiction needs a reason");
        }
        if (sharesFact && kind != SentenceRelation.RELATED) {
            throw new IllegalArgumentException("only related sentences share a fact without asserting it, not " + kind);
        }
    }

    /** Whether one may be listed as a source of the other's claim: it asserts it, or it mentions its fact. */
    boolean supports() {
        return kind == SentenceRelation.SAME || sharesFact;
    }
}
