package org.dossier.extract.html.metadata;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleMetadata;

/**
 * What a page's head and structured data say about its article.
 *
 * @param article     the article's metadata
 * @param articleBody the body as the page's JSON-LD gives it, when it does: plain text, paragraphs
 *                    separated by line breaks when the publisher kept them
 */
public record PageMetadata(ArticleMetadata article, Optional<String> articleBody) {
    public PageMetadata {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(articleBody, "articleBody");
    }
}
