package org.dossier.store;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Quote;

/**
 * One quote found, with what is needed to show it without fetching the article.
 *
 * @param id       the quote's id ({@link Quote#id(String)})
 * @param article  the quoting article's id
 * @param quote    the quote, spans into the article's body, speaker linked to an entity when known
 * @param text     the quote's words
 * @param metadata the quoting article's metadata
 * @param story    the quoting article's story
 * @param score    rank score within this result
 */
public record QuoteHit(String id, String article, Quote quote, String text, ArticleMetadata metadata,
                       Optional<String> story, double score) {

    public QuoteHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(story, "story");
    }
}
