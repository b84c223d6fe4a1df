package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement that contradicts a claim: another number or date for the same thing, another actor, a
 * negation, or an incompatible account of the same event. Both sides are quoted: the contradicting
 * statement, and the claim's source it contradicts.
 *
 * @param source  where the contradicting statement is
 * @param text    the statement's words, the body's text at {@code source}
 * @param why     the reason, for people ("gives 2,000 where the claim says 1,960")
 * @param against the claim's statement it contradicts, when known
 */
public record Conflict(SourceSpan source, String text, String why, Optional<Side> against) {

    /** One side of a disagreement: a statement and where it is. */
    public record Side(SourceSpan source, String text) {
        public Side {
            Objects.requireNonNull(source, "source");
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a side's text must not be blank");
            }
        }
    }

    public Conflict {
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("conflict text must not be blank");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a conflict needs a reason: " + Codes.quote(text));
        }
        // a conflict stored before the claim's side was kept reads it as absent
        against = against == null ? Optional.empty() : against;
    }

    /** A conflict whose claim side is not known. */
    public Conflict(SourceSpan source, String text, String why) {
        this(source, text, why, Optional.empty());
    }
}
