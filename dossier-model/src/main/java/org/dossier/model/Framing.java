package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one outlet frames a story: the loaded terms its articles use and whose voices they quote, so
 * the outlets of a story can be read side by side.
 *
 * @param story    the story's id
 * @param outlet   the outlet's name, or for an article without one its id (it counts as its own outlet)
 * @param articles the outlet's articles in the story
 * @param terms    loaded terms the outlet uses, most used first
 * @param voices   the people and bodies it quotes, most quoted first
 */
public record Framing(String story, String outlet, List<String> articles, List<Term> terms, List<Voice> voices) {
    public Framing {
        Objects.requireNonNull(story, "story");
        if (outlet == null || outlet.isBlank()) {
            throw new IllegalArgumentException("framing outlet must not be blank, got " + Codes.quote(outlet));
        }
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("framing of " + Codes.quote(outlet) + " needs at least one article");
        }
        terms = List.copyOf(terms);
        voices = List.copyOf(voices);
    }

    /**
     * A loaded term and where the outlet uses it.
     *
     * @param term     the lexicon's form of the term, lower case
     * @param category the kind of loading ("violence", "delegitimising", ...)
     * @param uses     each use in the outlet's articles
     */
    public record Term(String term, String category, List<SourceSpan> uses) {
        public Term {
            if (term == null || term.isBlank() || category == null || category.isBlank()) {
                throw new IllegalArgumentException("a framing term needs a term and a category, got "
                        + Codes.quote(term) + " / " + Codes.quote(category));
            }
            uses = List.copyOf(uses);
            if (uses.isEmpty()) {
                throw new IllegalArgumentException("framing term " + Codes.quote(term) + " needs at least one use");
            }
        }
    }

    /**
     * A voice the outlet quotes.
     *
     * @param name     the speaker's name as resolved
     * @param entity   the resolved entity's id, when the speaker was linked to one
     * @param direct   direct quotes given to the voice
     * @param indirect reported-speech quotes given to the voice
     */
    public record Voice(String name, Optional<String> entity, int direct, int indirect) {
        public Voice {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("voice name must not be blank, got " + Codes.quote(name));
            }
            Objects.requireNonNull(entity, "entity");
            if (direct < 0 || indirect < 0 || direct + indirect == 0) {
                throw new IllegalArgumentException("a voice needs at least one quote, got " + direct + " direct and "
                        + indirect + " indirect for " + Codes.quote(name));
            }
        }

        public int quotes() {
            return direct + indirect;
        }
    }
}
