package org.dossier.model;

import java.util.Objects;

/**
 * A stretch of one article's body that backs a cross-article statement (a claim, a timeline entry).
 *
 * @param article the article's id
 * @param span    where in the article's body
 */
public record SourceSpan(String article, Span span) {

    public SourceSpan {
        if (article == null || article.isBlank()) {
            throw new IllegalArgumentException("source article id must not be blank");
        }
        Objects.requireNonNull(span, "span");
    }
}
