package org.dossier.model;

import java.util.Objects;

/**
 * One token of an article body: a word, number or punctuation mark, as an offset range.
 *
 * @param span where the token is in the body, not empty
 */
public record Token(Span span) {

    public Token {
        Objects.requireNonNull(span, "span");
        if (span.length() == 0) {
            throw new IllegalArgumentException("a token must not be empty, got " + span);
        }
    }

    public String of(String body) {
        return span.of(body);
    }
}
