package org.dossier.story.claims;

import java.util.List;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.model.Timestamp;

/**
 * One sentence of one article, as the aligner sees it.
 *
 * @param index     the statement's position among the story's statements
 * @param article   the article's id
 * @param articleNo the article's position in the story
 * @param outlet    the outlet the article counts as
 * @param span      the sentence in the article's body
 * @param text      the sentence's words, white space collapsed
 * @param words     the sentence's words, lower case, in order
 * @param stems     its content words' stems
 * @param entities  ids of resolved entities it mentions, and of the speaker when it lies in a quote
 * @param names     its capitalised words (names, as the text shows them: lower case, no possessive), which
 *                  tell who does what even where no entity was resolved
 * @param dates     the dates it mentions
 * @param numbers   the quantities it gives
 * @param negated   whether it holds a negation
 * @param poles     the contrast poles its words take ({@link Contrasts})
 */
record Statement(int index, String article, int articleNo, String outlet, Span span, String text, List<String> words,
                 Set<String> stems, Set<String> entities, Set<String> names, List<Timestamp> dates, List<Quantity> numbers,
                 boolean negated, Set<Contrasts.Pole> poles) {

    /** A number and the word it counts ("120,000 ethnic Armenians" gives 120000 and "armenian"). */
    record Quantity(double value, String text, String unit) {
    }

    /** Whether it carries something checkable: an entity, a date or a number. */
    boolean keyed() {
        return !entities.isEmpty() || !dates.isEmpty() || !numbers.isEmpty();
    }
}
