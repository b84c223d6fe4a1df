package org.dossier.model;

import java.util.List;

/**
 * One thing a speaker said, as one or more articles quote or report it.
 *
 * @param kind    direct (their words) or indirect (reported)
 * @param text    the statement, from its first source
 * @param sources where each article has it, at least one, one per article
 */
public record Said(QuoteKind kind, String text, List<SourceSpan> sources) {

    public Said {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a statement must not be blank");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs a source: '" + text + "'");
        }
    }

    /** The ids of the articles that carry it, each once. */
    public List<String> articles() {
        return sources.stream().map(SourceSpan::article).distinct().toList();
    }
}
