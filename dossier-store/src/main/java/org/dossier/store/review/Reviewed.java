package org.dossier.store.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Ids;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.store.Correction;
import org.dossier.store.Correction.Kind;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;

/**
 * What a store holds with its review log applied. The log is read once, when this is made; make one
 * per request. Corrections name what they change by ids that survive re-runs (a quote's article and
 * span, an entity's id, a claim's words, an article's content), so whatever a re-run stores, the same
 * corrections apply to it.
 */
public final class Reviewed {
    private static final String HEX = "[0-9a-f]{16}";
    private final Store store;
    private final ReviewLog log;
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, List<String>> splits = new HashMap<>();
    private final Map<String, Correction> speakers = new HashMap<>();
    private final Map<String, Correction> verdicts = new HashMap<>();
    private final Map<String, Correction> places = new LinkedHashMap<>();
    private final Map<String, Optional<Entity>> entities = new HashMap<>();

    public Reviewed(Store store, ReviewLog log) {
        this.store = store;
        this.log = log;
        for (Correction c : log.effective()) {
            switch (c.kind()) {
                case SPEAKER, REMOVE_SPEAKER -> speakers.put(c.target(), c);
                case VERDICT -> verdicts.put(c.target(), c);
                case HIDE, MOVE -> places.put(c.target(), c);
                case MERGE -> mergedInto.put(c.target(), c.value());
                case SPLIT -> splits.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c.value());
                case UNDO -> throw new IllegalStateException("an undo is never in effect");
            }
        }
    }

    /** The store with its log as it is now. */
    public static Reviewed of(Store store) {
        return new Reviewed(store, new ReviewLog(store.corrections()));
    }

    public ReviewLog log() {
        return log;
    }

    /** A claim's id: its words, so the same claim drawn again by a re-run has the same id. */
    public static String claimId(Claim c) {
        return Ids.of("claim", c.text().strip());
    }

    /** The id of the entity split off {@code entity} under {@code name}. */
    public static String splitId(String entity, String name) {
        return Ids.of("entity-split", entity, name.strip().toLowerCase(Locale.ROOT));
    }

    /** The entity an id stands for once merges are applied (itself when not merged). */
    public String entityId(String id) {
        String at = id;
        Set<String> seen = new HashSet<>();
        while (mergedInto.containsKey(at) && seen.add(at)) {
            at = mergedInto.get(at);
        }
        return at;
    }

    /** An article with its quotes' speakers corrected. */
    public StoredArticle article(StoredArticle a) {
        List<Quote> quotes = new ArrayList<>();
        boolean changed = false;
        for (Quote q : a.analysed().quotes()) {
            Quote r = quote(a.id(), q);
            changed |= !r.equals(q);
            quotes.add(r);
        }
        if (!changed) {
            return a;
        }
        AnalysedArticle analysed = a.analysed().withQuotes(quotes);
        return new StoredArticle(analysed, a.anchoredDates(), a.story(), a.embedding());
    }

    /** The stored article {@code id}, reviewed. */
    public Optional<StoredArticle> article(String id) {
        return store.article(id).map(this::article);
    }

    /** A quote of article {@code articleId} with its speaker as the log says. */
    public Quote quote(String articleId, Quote q) {
        Correction c = speakers.get(q.id(articleId));
        Optional<Speaker> speaker = q.speaker();
        if (c != null) {
            speaker = c.kind() == Kind.REMOVE_SPEAKER ? Optional.empty() : Optional.of(named(q, c.value()));
        }
        speaker = speaker.map(this::relinked);
        return new Quote(q.kind(), q.content(), q.parts(), q.cue(), speaker);
    }

    private Speaker named(Quote q, String value) {
        Span where = q.speaker().map(Speaker::mention).orElse(q.cue().orElse(q.content()));
        if (value.matches(HEX)) {
            Optional<Entity> e = entity(value);
            if (e.isPresent()) {
                return new Speaker(where, e.get().name(), Optional.empty(), Optional.of(e.get().id()));
            }
        }
        return new Speaker(where, value, Optional.empty(), Optional.empty());
    }

    /** A speaker linked to the entity merges and splits make of its entity. */
    private Speaker relinked(Speaker s) {
        if (s.entity().isEmpty()) {
            return s;
        }
        String id = entityId(s.entity().get());
        for (String name : splits.getOrDefault(id, List.of())) {
            if (name.equalsIgnoreCase(s.name())) {
                return new Speaker(s.mention(), name, s.referent(), Optional.of(splitId(id, name)));
            }
        }
        if (id.equals(s.entity().get())) {
            return s;
        }
        String kept = id;
        return entity(kept).map(e -> new Speaker(s.mention(), e.name(), s.referent(), Optional.of(kept))).orElse(s);
    }

    /**
     * An entity with the log applied: the entities merged into it joined to it, the mentions split
     * off it taken out; an entity merged into another answers as that other; a split-off id answers
     * as the entity split off. Empty for an unknown id.
     */
    public Optional<Entity> entity(String id) {
        return entities.computeIfAbsent(id, this::reviewedEntity);
    }

    private Optional<Entity> reviewedEntity(String asked) {
        for (Map.Entry<String, List<String>> s : splits.entrySet()) {
            for (String name : s.getValue()) {
                if (splitId(s.getKey(), name).equals(asked)) {
                    return merged(s.getKey(), Optional.empty()).flatMap(parent -> {
                        List<EntityMention> m = parent.mentions().stream().filter(x -> x.text().equalsIgnoreCase(name)).toList();
                        return m.isEmpty() ? Optional.empty()
                                : Optional.of(new Entity(asked, parent.type(), name, List.of(name), List.of(), m));
                    });
                }
            }
        }
        String id = entityId(asked);
        return merged(id, Optional.empty()).flatMap(e -> split(e, Optional.empty()));
    }

    /** Entity {@code id} with the entities merged into it; {@code mentions} limits its mentions to some articles. */
    private Optional<Entity> merged(String id, Optional<Set<String>> articles) {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        mergedInto.keySet().stream().filter(x -> !x.equals(id) && entityId(x).equals(id)).sorted().forEach(ids::add);
        Entity kept = null;
        Set<String> variants = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (String x : ids) {
            Optional<Entity> e = store.entity(x);
            if (e.isEmpty()) {
                continue;
            }
            kept = kept == null ? e.get() : kept;
            variants.addAll(e.get().variants());
            roles.addAll(e.get().roles());
            e.get().mentions().stream().filter(m -> articles.map(a -> a.contains(m.article())).orElse(true)).forEach(mentions::add);
        }
        if (kept == null || mentions.isEmpty()) {
            return Optional.empty();
        }
        mentions.sort(null);
        return Optional.of(new Entity(id, kept.type(), kept.name(), List.copyOf(variants), List.copyOf(roles), mentions));
    }

    /** The entity without the mentions split off it; empty when none would be left. */
    private Optional<Entity> split(Entity e, Optional<List<Entity>> parts) {
        List<String> names = splits.getOrDefault(e.id(), List.of());
        if (names.isEmpty()) {
            return Optional.of(e);
        }
        List<EntityMention> kept = new ArrayList<>();
        Map<String, List<EntityMention>> off = new LinkedHashMap<>();
        for (EntityMention m : e.mentions()) {
            String to = names.stream().filter(n -> n.equalsIgnoreCase(m.text())).findFirst().orElse(null);
            if (to == null) {
                kept.add(m);
            } else {
                off.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
            }
        }
        parts.ifPresent(p -> off.forEach((name, m) -> p.add(new Entity(splitId(e.id(), name), e.type(), name, List.of(name),
                List.of(), m))));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        List<String> variants = e.variants().stream().filter(v -> names.stream().noneMatch(v::equalsIgnoreCase)).toList();
        return Optional.of(new Entity(e.id(), e.type(), e.name(), variants.isEmpty() ? List.of(e.name()) : variants,
                e.roles(), kept));
    }

    /** Where an article is shown: the story it was moved to, none when hidden from its own, else its own. */
    public Optional<String> storyOf(StoredArticle a) {
        Correction c = places.get(a.id());
        if (c == null) {
            return a.story();
        }
        if (c.kind() == Kind.MOVE) {
            return Optional.of(c.value());
        }
        return a.story().filter(s -> !s.equals(c.value()));
    }

    /** The story {@code id} as a reader sees it; empty for an unknown id. */
    public Optional<ReviewedStory> story(String id) {
        Optional<StoryDossier> found = store.story(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoryDossier raw = found.get();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        raw.story().articles().forEach(a -> numbers.put(a, numbers.size() + 1));
        List<String> shown = new ArrayList<>();
        for (String a : raw.story().articles()) {
            Correction c = places.get(a);
            // shown unless hidden from this story or moved to another
            boolean visible = c == null || c.kind() == Kind.MOVE && c.value().equals(id)
                    || c.kind() == Kind.HIDE && !c.value().equals(id);
            if (visible) {
                shown.add(a);
            }
        }
        List<String> movedIn = new ArrayList<>();
        places.values().stream().filter(c -> c.kind() == Kind.MOVE && c.value().equals(id)
                && !numbers.containsKey(c.target())).forEach(c -> movedIn.add(c.target()));
        int next = numbers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (String a : movedIn) {
            numbers.put(a, next++);
        }
        Map<String, StoredArticle> byId = new HashMap<>();
        raw.articles().forEach(a -> byId.put(a.id(), a));
        store.articles(movedIn).forEach(a -> byId.put(a.id(), a));
        shown.addAll(movedIn);
        List<StoredArticle> articles = new ArrayList<>();
        for (String a : shown) {
            StoredArticle s = byId.get(a);
            if (s != null) {
                StoredArticle r = article(s);
                articles.add(new StoredArticle(r.analysed(), r.anchoredDates(), Optional.of(id), r.embedding()));
            }
        }
        Set<String> members = new HashSet<>(articles.stream().map(StoredArticle::id).toList());
        Map<String, String> outlets = new HashMap<>();
        articles.forEach(a -> outlets.put(a.id(), a.analysed().article().metadata().outlet().orElse("article:" + a.id())));
        List<Claim> claims = new ArrayList<>();
        for (Claim c : raw.claims()) {
            claim(c, members, outlets).ifPresent(claims::add);
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry t : raw.timeline()) {
            List<SourceSpan> src = t.sources().stream().filter(s -> members.contains(s.article())).toList();
            if (!src.isEmpty()) {
                timeline.add(new TimelineEntry(t.story(), t.date(), t.text(), src));
            }
        }
        List<Reuse> reuses = raw.reuses().stream().filter(r -> members.contains(r.a()) && members.contains(r.b())).toList();
        Story story = new Story(id, raw.story().title(), shown.isEmpty() ? raw.story().articles() : shown,
                raw.story().firstSeen(), raw.story().lastSeen());
        StoryDossier d = new StoryDossier(story, articles, entities(raw.entities(), members), claims, timeline, reuses);
        Map<String, Correction> storyVerdicts = new HashMap<>();
        Set<String> touched = new HashSet<>(numbers.keySet());
        for (Claim c : claims) {
            String cid = claimId(c);
            touched.add(cid);
            Optional.ofNullable(verdicts.get(cid)).ifPresent(v -> storyVerdicts.put(cid, v));
        }
        for (StoredArticle a : articles) {
            a.analysed().quotes().forEach(q -> touched.add(q.id(a.id())));
        }
        d.entities().forEach(e -> touched.add(e.id()));
        raw.entities().forEach(e -> touched.add(e.id()));
        List<Correction> here = log.effective().stream().filter(c -> touched.contains(c.target())).toList();
        return Optional.of(new ReviewedStory(d, numbers, storyVerdicts, here));
    }

    /** A claim without the sources and conflicts of articles not shown; empty when no source is left. */
    private static Optional<Claim> claim(Claim c, Set<String> members, Map<String, String> outlets) {
        List<SourceSpan> src = c.sources().stream().filter(s -> members.contains(s.article())).toList();
        if (src.isEmpty()) {
            return Optional.empty();
        }
        List<Conflict> conflicts = c.conflicts().stream().filter(x -> members.contains(x.source().article())).toList();
        if (src.size() == c.sources().size() && conflicts.size() == c.conflicts().size()) {
            return Optional.of(c);
        }
        int outletsLeft = (int) src.stream().map(s -> outlets.get(s.article())).distinct().count();
        return Optional.of(new Claim(c.story(), c.text(), src, Math.max(1, Math.min(c.corroboration(), outletsLeft)), conflicts));
    }

    /** The story's entities with merges and splits applied, mentions limited to the shown articles. */
    private List<Entity> entities(List<Entity> raw, Set<String> members) {
        Map<String, Entity> rawById = new LinkedHashMap<>();
        raw.forEach(e -> rawById.put(e.id(), e));
        Set<String> ids = new LinkedHashSet<>();
        raw.forEach(e -> ids.add(entityId(e.id())));
        List<Entity> out = new ArrayList<>();
        for (String id : ids) {
            boolean joined = !rawById.containsKey(id) || mergedInto.keySet().stream().anyMatch(x -> entityId(x).equals(id));
            Optional<Entity> e = joined ? merged(id, Optional.of(members)) : within(rawById.get(id), members);
            List<Entity> parts = new ArrayList<>();
            e.flatMap(x -> split(x, Optional.of(parts))).ifPresent(out::add);
            out.addAll(parts);
        }
        return out;
    }

    private static Optional<Entity> within(Entity e, Set<String> members) {
        List<EntityMention> m = e.mentions().stream().filter(x -> members.contains(x.article())).toList();
        return m.isEmpty() ? Optional.empty()
                : Optional.of(m.size() == e.mentions().size() ? e : new Entity(e.id(), e.type(), e.name(), e.variants(), e.roles(), m));
    }
}
