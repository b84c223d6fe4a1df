package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to: the words naming the speaker where the quote is attributed (a full
 * name, a surname, "the spokesperson", "he"), and the name they resolve to.
 *
 * @param mention  where the attribution names the speaker in the body
 * @param name     the speaker's fullest name found in the article (for a pronoun, its referent's), not blank
 * @param referent the mention {@code name} was taken from, when it is not {@code mention} itself
 * @param entity   the speaker's entity id, once entities are resolved
 */
public record Speaker(Span mention, String name, Optional<Span> referent, Optional<String> entity) {

    public Speaker {
        Objects.requireNonNull(mention, "mention");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("speaker name must not be blank, got " + Codes.quote(name) + " at " + mention);
        }
        Objects.requireNonNull(referent, "referent");
        Objects.requireNonNull(entity, "entity");
        if (entity.isPresent() && entity.get().isBlank()) {
            throw new IllegalArgumentException("speaker entity id must not be blank at " + mention);
        }
    }

    /** A speaker named in full where the quote is attributed. */
    public static Speaker named(Span mention, String name) {
        return new Speaker(mention, name, Optional.empty(), Optional.empty());
    }

    public Speaker withEntity(String entityId) {
        return new Speaker(mention, name, referent, Optional.of(entityId));
    }

    public Speaker withName(String canonical) {
        return new Speaker(mention, canonical, referent, entity);
    }
}
