package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a briefing's summary and the articles it rests on.
 *
 * @param text    the sentence, a source's words tidied (datelines, bullets, stray quotation marks gone)
 * @param sources the ids of the articles that say it, at least one, in the story's order
 * @param basis   what the sentence comes from
 */
public record BriefingSentence(String text, List<String> sources, Basis basis) {

    /** What a briefing sentence comes from. */
    public enum Basis {
        /** A claim of the story's cross-source view. */
        CLAIM,
        /** A statement that disagrees with the claim before it. */
        CONFLICT,
        /** A dated event of the story's timeline. */
        EVENT,
        /** An article's first sentence. */
        LEAD
    }

    public BriefingSentence {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a briefing sentence must not be blank");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a briefing sentence must cite a source: '" + text + "'");
        }
        Objects.requireNonNull(basis, "basis");
    }
}
