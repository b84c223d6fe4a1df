package org.dossier.story.timeline;

import java.util.Set;
import org.dossier.model.DateMention;
import org.dossier.model.SourceSpan;

/**
 * One article's statement of a dated event: the clause around a date, with what it says in content
 * words and the entities it names (as {@code @id}), for matching the same event in other sources.
 *
 * @param clause the clause in the article's body
 * @param date   the date it holds
 * @param words  its content words, the date's own words left out, plus {@code @entity-id} per entity named
 * @param order  the article's place in the story, then the clause's place in the article
 */
record DatedEvent(SourceSpan clause, DateMention date, Set<String> words, int order) {

    String article() {
        return clause.article();
    }
}
