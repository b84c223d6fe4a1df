package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.resolve.EntityResolver.Group;
import org.dossier.resolve.EntityResolver.Rec;

/**
 * Turns resolved groups into entities: the type by vote (ties go to organisations, which the CoNLL
 * tagger under-predicts for institutions named after places), the canonical name, the variants,
 * the roles, and a stable id.
 */
final class EntityBuilder {

    List<Entity> build(List<Group> groups) {
        List<Group> ordered = new ArrayList<>(groups);
        ordered.removeIf(g -> g.recs.isEmpty());
        for (Group g : ordered) {
            g.recs.sort(Rec.ORDER);
        }
        ordered.sort(Comparator.comparing((Group g) -> g.recs.getFirst(), Rec.ORDER));
        Set<String> ids = new HashSet<>();
        List<Entity> out = new ArrayList<>(ordered.size());
        for (Group g : ordered) {
            EntityType type = type(g);
            String name = canonical(g, type);
            String id = Ids.of("entity", type.name(), name);
            if (!ids.add(id)) {
                Rec first = g.recs.getFirst();
                id = Ids.of("entity", type.name(), name, first.article, Integer.toString(first.position()));
                ids.add(id);
            }
            Map<String, Integer> variants = new LinkedHashMap<>();
            Map<String, String> roles = new LinkedHashMap<>();
            List<EntityMention> mentions = new ArrayList<>();
            variants.put(name, 0);
            for (Rec r : g.recs) {
                variants.merge(r.text, 1, Integer::sum);
                for (String role : r.roles) {
                    roles.putIfAbsent(NameFolding.fold(role), role);
                }
                mentions.add(new EntityMention(r.article, r.span, r.surface, r.field));
            }
            out.add(new Entity(id, type, name, List.copyOf(variants.keySet()), List.copyOf(roles.values()), mentions));
        }
        return out;
    }

    private static EntityType type(Group g) {
        if (g.forced != null) {
            return g.forced;
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Rec r : g.recs) {
            votes.merge(r.type, 1, Integer::sum);
        }
        int person = votes.getOrDefault(EntityType.PERSON, 0);
        int org = votes.getOrDefault(EntityType.ORGANIZATION, 0);
        int place = votes.getOrDefault(EntityType.PLACE, 0);
        if (person > org && person > place) {
            return EntityType.PERSON;
        }
        return place > org ? EntityType.PLACE : EntityType.ORGANIZATION;
    }

    /** People: the commonest full name without titles. Others: the commonest form, the longer on a tie. */
    private static String canonical(Group g, EntityType type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Rec r : g.recs) {
            String form = r.text;
            if (type == EntityType.PERSON) {
                PersonName n = PersonName.parse(r.text);
                if (!n.full() && g.recs.stream().anyMatch(x -> PersonName.parse(x.text).full())) {
                    continue;
                }
                form = n.bare();
            } else if (form.regionMatches(true, 0, "the ", 0, 4)) {
                form = form.substring(4);
            }
            counts.merge(form, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length()))
                .orElseThrow().getKey();
    }
}
