package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place across a whole dossier.
 *
 * @param id       stable id derived from the type and the canonical name
 * @param type     what kind of entity it is
 * @param name     the canonical name (the fullest common form)
 * @param variants every surface form seen, canonical name included
 * @param roles    descriptions attached to it ("Kremlin spokesperson")
 * @param mentions where it is named, at least once
 */
public record Entity(String id, EntityType type, String name, List<String> variants, List<String> roles,
                     List<EntityMention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("entity name must not be blank, got " + Codes.quote(name));
        }
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + Codes.quote(name) + " needs at least one mention");
        }
    }
}
