package org.dossier.story.briefing;

import org.dossier.model.Said;
import org.dossier.model.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Speaker;
import org.dossier.story.timeline.ContentWords;

/**
 * Who said what in a story: its attributed quotes grouped by speaker (the resolved entity, else the
 * name the attribution gives), the same statement carried by several articles (a copied quote) kept
 * once with all of them. Speakers quoted by more articles come first. Unattributed quotes are left
 * out: they have nobody to group under. Thread-safe.
 */
final class Voices {
    /** Two statements of one speaker sharing this much of their words (Dice) are the same statement. */
    static final double SAME_STATEMENT = 0.6;
    /** Statements of one speaker a new one is compared with. */
    static final int COMPARED = 256;

    private Voices() {
    }

    /**
     * @param members  the story's articles in its order
     * @param quotes   per article id, its quotes with speakers linked to {@code entities}
     * @param entities the dossier's entities by id
     */
    static List<Voice> of(List<AnalysedArticle> members, Map<String, List<Quote>> quotes, Map<String, Entity> entities) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (AnalysedArticle a : members) {
            String id = a.article().id();
            for (Quote q : quotes.getOrDefault(id, List.of())) {
                if (q.speaker().isEmpty()) {
                    continue;
                }
                Speaker s = q.speaker().get();
                Optional<Entity> e = s.entity().map(entities::get);
                String key = e.map(Entity::id).orElse("name:" + s.name().strip().toLowerCase(java.util.Locale.ROOT));
                Group g = groups.computeIfAbsent(key, k -> new Group(e.map(Entity::name).orElse(s.name().strip()),
                        e.map(Entity::id), e.map(Entity::roles).orElse(List.of())));
                g.add(q.kind(), q.text(a.body()).replaceAll("\\s+", " ").strip(), new SourceSpan(id, q.content()));
            }
        }
        return groups.values().stream().map(Group::voice)
                .sorted(Comparator.comparingLong(Voice::sourceCount).reversed()
                        .thenComparing(Comparator.comparingInt((Voice v) -> v.said().size()).reversed()))
                .toList();
    }

    /** A speaker's statements as they are gathered. */
    private static final class Group {
        private final String name;
        private final Optional<String> entity;
        private final List<String> roles;
        private final List<Item> items = new ArrayList<>();

        Group(String name, Optional<String> entity, List<String> roles) {
            this.name = name;
            this.entity = entity;
            this.roles = roles;
        }

        void add(QuoteKind kind, String text, SourceSpan where) {
            Set<String> words = ContentWords.of(text);
            // the first statements only: bounds the work for a speaker quoted thousands of times
            for (Item i : items.subList(0, Math.min(COMPARED, items.size()))) {
                if (i.kind == kind && i.sources.stream().noneMatch(s -> s.article().equals(where.article()))
                        && ContentWords.dice(i.words, words) >= SAME_STATEMENT) {
                    i.sources.add(where);
                    return;
                }
            }
            items.add(new Item(kind, text, words, new ArrayList<>(List.of(where))));
        }

        Voice voice() {
            List<Said> said = items.stream()
                    .sorted(Comparator.comparing((Item i) -> i.kind).thenComparing(i -> -i.sources.size()))
                    .map(i -> new Said(i.kind, i.text, i.sources)).toList();
            return new Voice(name, entity, roles, said);
        }
    }

    private record Item(QuoteKind kind, String text, Set<String> words, List<SourceSpan> sources) {
    }
}
