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
 */
public record Relation(SentenceRelation kind, double strength, Optional<String> why) {
    public Relation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in 0..1, got " + strength);
        }
        if (kind == SentenceRelation.CONTRADICTING && why.isEmpty()) {
            throw new IllegalArgumentException("a contradiction needs a reason");
        }
    }
}
