package org.dossier.extract;

import java.util.List;
import java.util.Objects;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;

/**
 * What a format's extractor found in one page, before it becomes an
 * {@link org.dossier.model.Article}.
 *
 * @param metadata   the metadata found; absent fields are empty
 * @param paragraphs the body, at least one paragraph
 * @param problems   what the extractor found odd
 */
public record Draft(ArticleMetadata metadata, List<Paragraph> paragraphs, List<Problem> problems) {
    public Draft {
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a draft needs at least one paragraph");
        }
        problems = List.copyOf(problems);
    }
}
