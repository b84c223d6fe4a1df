package org.dossier.story.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Span;

/**
 * What the dossier knows about each article besides its own annotations, indexed by article id
 * once for all stories: the relative dates the dossier settled for it and where entities are named
 * in its body. Immutable after construction.
 */
public final class ArticleFacts {
    private final Map<String, List<DateMention>> settled = new HashMap<>();
    private final Map<String, List<Named>> named = new HashMap<>();

    /** An entity named at a span of an article's body. */
    record Named(Span span, String entity) {
    }

    public ArticleFacts(List<ArticleDate> anchored, List<Entity> entities) {
        for (ArticleDate d : anchored) {
            settled.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d.date());
        }
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                m.span().ifPresent(s -> named.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Named(s, e.id())));
            }
        }
    }

    /** The facts of a story's members alone: what its timeline needs. */
    public ArticleFacts(List<org.dossier.story.StoryMaterial.Member> members) {
        for (var m : members) {
            if (!m.settled().isEmpty()) {
                settled.put(m.id(), new ArrayList<>(m.settled()));
            }
            if (!m.entities().isEmpty()) {
                named.put(m.id(), m.entities().stream().map(e -> new Named(e.span(), e.entity())).toList());
            }
        }
    }

    List<DateMention> settledDates(String article) {
        return settled.getOrDefault(article, List.of());
    }

    List<Named> entities(String article) {
        return named.getOrDefault(article, List.of());
    }
}
