package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

/**
 * Looks resolved entities up by where they are named, for stages that point at text (quotes: the
 * speaker's name, or the person a "he" refers to). Immutable and thread-safe once built.
 */
public final class EntityIndex {
    private record Named(Span span, Entity entity) {
    }

    private final Map<String, List<Named>> byArticle = new HashMap<>();

    public EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                m.span().ifPresent(s -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Named(s, e)));
            }
        }
        for (List<Named> list : byArticle.values()) {
            list.sort(Comparator.comparing(Named::span));
        }
    }

    /** The entity named at a span of an article's body that overlaps {@code span}, the first such. */
    public Optional<Entity> at(String article, Span span) {
        for (Named n : byArticle.getOrDefault(article, List.of())) {
            if (n.span().overlaps(span)) {
                return Optional.of(n.entity());
            }
            if (n.span().start() >= span.end()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Every entity named at a span of an article's body that overlaps {@code span}, in text order. */
    public List<Entity> overlapping(String article, Span span) {
        List<Entity> out = new java.util.ArrayList<>();
        for (Named n : byArticle.getOrDefault(article, List.of())) {
            if (n.span().start() >= span.end()) {
                break;
            }
            if (n.span().overlaps(span) && !out.contains(n.entity())) {
                out.add(n.entity());
            }
        }
        return out;
    }

    /**
     * The person named last before {@code offset} in an article: the plain antecedent of a pronoun
     * subject ("He added ..."). Callers that know better (a quote's own speaker) should ask that first.
     */
    public Optional<Entity> lastPersonBefore(String article, int offset) {
        Entity found = null;
        for (Named n : byArticle.getOrDefault(article, List.of())) {
            if (n.span().end() > offset) {
                break;
            }
            if (n.entity().type() == EntityType.PERSON) {
                found = n.entity();
            }
        }
        return Optional.ofNullable(found);
    }
}
