package org.dossier.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.DateMention;

/**
 * An article as the store gives it back.
 *
 * @param analysed      the article with its mentions, dates and quotes (speakers linked to entity
 *                      ids); tokens and sentences are not stored, so they are empty
 * @param anchoredDates relative dates the dossier settled for this undated article
 * @param story         the id of the story it belongs to
 * @param embedding     its embedding, when one was stored
 */
public record StoredArticle(AnalysedArticle analysed, List<DateMention> anchoredDates, Optional<String> story,
                            Optional<float[]> embedding) {

    public StoredArticle {
        Objects.requireNonNull(analysed, "analysed");
        anchoredDates = List.copyOf(anchoredDates);
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(embedding, "embedding");
    }

    public String id() {
        return analysed.article().id();
    }
}
