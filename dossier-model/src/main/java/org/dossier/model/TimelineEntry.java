package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event of a story, merged across the articles that mention it.
 *
 * @param story   the story's id
 * @param date    when, as precise as the sources say
 * @param text    what happened, in a source's words
 * @param sources the statements that date it, one or more
 */
public record TimelineEntry(String story, Timestamp date, String text, List<SourceSpan> sources) {

    public TimelineEntry {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(date, "date");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timeline text must not be blank");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry needs a source: " + Codes.quote(text));
        }
    }

    /** The ids of the articles behind the entry, each once, in order. */
    public List<String> articles() {
        return sources.stream().map(SourceSpan::article).distinct().toList();
    }
}
