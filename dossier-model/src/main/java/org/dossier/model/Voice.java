package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * A speaker of a story and what they said, across its articles.
 *
 * @param name   the speaker's canonical name (the resolved entity's, else the attribution's)
 * @param entity the entity id, when the speaker was resolved to one
 * @param roles  what the sources call them ("harbour spokeswoman")
 * @param said   their statements, direct quotes first, at least one
 */
public record Voice(String name, Optional<String> entity, List<String> roles, List<Said> said) {

    public Voice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        roles = List.copyOf(roles);
        said = List.copyOf(said);
        if (said.isEmpty()) {
            throw new IllegalArgumentException("speaker " + name + " said nothing");
        }
    }

    /** The articles that quote this speaker, each once. */
    public long sourceCount() {
        return said.stream().flatMap(s -> s.articles().stream()).distinct().count();
    }
}
