package org.dossier.model;

import java.util.Objects;

/**
 * A statement that disagrees with a claim: another number or date for the same thing, a negation,
 * or an incompatible account of the same event.
 *
 * @param source where the disagreeing statement is
 * @param text   the statement's words, the body's text at {@code source}
 * @param why    the reason, for people ("gives 2,000 where the claim says 1,960")
 */
public record Conflict(SourceSpan source, String text, String why) {

    public Conflict {
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("conflict text must not be blank");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a conflict needs a reason: " + Codes.quote(text));
        }
    }
}
