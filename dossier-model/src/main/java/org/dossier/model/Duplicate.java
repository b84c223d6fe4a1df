package org.dossier.model;

import java.util.Objects;

/**
 * An input whose article an earlier input of the same run already gave (the same bytes from the same
 * URL, so the same {@linkplain Ids#articleId article id}): one line of {@code duplicates.jsonl}. The
 * same wire story saved twice, or two crawls that share records, are normal in news, so a duplicate is
 * neither an error nor a rejection; it is analysed once.
 *
 * @param source      the repeated input as given
 * @param article     the id of the article both inputs hold
 * @param firstSource the input that gave the article first
 */
public record Duplicate(String source, String article, String firstSource) {

    public Duplicate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(firstSource, "firstSource");
        if (article.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank, got '" + article + "'");
        }
    }
}
