package org.dossier.quote;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Mention;
import org.dossier.model.Span;

/**
 * A named-entity mention found by another stage (NER and entity resolution), offered to the quote
 * stage so that speakers snap to it: a speaker whose words overlap a hint takes its name and entity.
 *
 * @param span   the mention in the body
 * @param type   upper-case entity type: {@code PERSON}, {@code ORGANIZATION}, {@code PLACE}, ...
 * @param name   the entity's canonical name, not blank
 * @param entity the entity id, when resolved
 */
public record MentionHint(Span span, String type, String name, Optional<String> entity) {

    public MentionHint {
        Objects.requireNonNull(span, "span");
        if (type == null || type.isBlank() || !type.equals(type.toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("mention type must be upper-case like PERSON, got " + type + " at " + span);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("mention name must not be blank at " + span);
        }
        Objects.requireNonNull(entity, "entity");
    }

    /** An NER mention as a hint; its entity id comes later, at resolution. */
    public static MentionHint of(Mention m) {
        return new MentionHint(m.span(), m.type().name(), m.text(), Optional.empty());
    }

    public boolean isPerson() {
        return type.equals("PERSON");
    }
}
