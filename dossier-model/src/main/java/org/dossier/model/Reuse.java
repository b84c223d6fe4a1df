package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Two articles that share text or rewrite each other, {@code a} the likely source when known.
 *
 * @param a         id of the earlier (or source) article
 * @param b         id of the later (or reusing) article, not {@code a}
 * @param kind      how much is reused
 * @param passages  the shared passages, spans into {@code a}'s and {@code b}'s bodies, in {@code b}'s order
 * @param score     strength of the relation in {@code [0, 1]}: the share of the shorter article that is
 *                  reused or paraphrased
 * @param direction why {@code a} comes first
 */
public record Reuse(String a, String b, ReuseKind kind, List<Passage> passages, double score, Direction direction) {

    public Reuse {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("an article does not reuse itself: " + a);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        passages = List.copyOf(passages);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("reuse score must be in [0, 1], got " + score);
        }
    }
}
