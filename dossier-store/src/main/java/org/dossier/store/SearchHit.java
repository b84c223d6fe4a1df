package org.dossier.store;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleMetadata;

/**
 * One article found.
 *
 * @param article  the article's id
 * @param score    its rank score in this search (higher is better; comparable within one result only)
 * @param metadata the article's metadata (title, outlet, date, language, ...)
 * @param story    the id of its story
 * @param snippet  a stretch of the body around the query's words, when the search had words
 */
public record SearchHit(String article, double score, ArticleMetadata metadata, Optional<String> story,
                        Optional<String> snippet) {

    public SearchHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(snippet, "snippet");
    }
}
