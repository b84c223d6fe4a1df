package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.Claim;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.store.CommitInfo;
import org.dossier.store.StoreBatch;

/**
 * Applies one batch. Everything is written with two bulk requests while the indices do not refresh
 * (entities, quotes, stories, reuse and story moves first; then the articles and the commit record),
 * and one refresh over all the store's indices makes the batch visible. Readers therefore never see
 * a batch in part while it is written. What OpenSearch cannot promise (a crash between the bulks, a
 * refresh reaching the indices a few milliseconds apart) is in docs/OPENSEARCH.md.
 */
final class BatchWriter {
    private final Reader reader;
    private final DocumentCodec docs;

    BatchWriter(Reader reader, DocumentCodec docs) {
        this.reader = reader;
        this.docs = docs;
    }

    CommitInfo add(StoreBatch batch) {
        DossierResult r = batch.result();
        Map<String, AnalysedArticle> articles = new LinkedHashMap<>();
        r.articles().forEach(a -> articles.put(a.article().id(), a));
        Map<String, JsonNode> stored = reader.get(Indices.ARTICLES, articles.keySet(), "id", "story", "doc.analysed.quotes");
        Optional<CommitInfo> last = reader.lastCommit(docs);
        Map<String, JsonNode> storedStories = reader.get(Indices.STORIES, r.stories().stream().map(Story::id).toList(), "doc");
        if (last.isPresent() && stored.keySet().containsAll(articles.keySet()) && sameStories(r.stories(), storedStories)) {
            return last.get();
        }
        long seq = last.map(c -> c.sequence() + 1).orElse(1L);
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();

        Map<String, String> storyOf = stories(r, articles.keySet(), seq, first);
        Map<String, EntityIds> entityIds = entities(r, articles.keySet(), seq, first);
        reuses(r.reuses(), articles.keySet(), seq, first);
        Map<String, List<DateMention>> anchored = new HashMap<>();
        for (ArticleDate d : r.anchoredDates()) {
            anchored.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d.date());
        }
        for (AnalysedArticle a : articles.values()) {
            String id = a.article().id();
            List<Quote> quotes = r.quotes().containsKey(id) ? r.quotesOf(id) : a.quotes();
            AnalysedArticle kept = new AnalysedArticle(a.article(), List.of(), List.of(), a.mentions(), a.dates(), quotes);
            EntityIds e = entityIds.getOrDefault(id, new EntityIds());
            DocumentCodec.ArticleFields f = docs.articleFields(a.article().metadata(), e.people, e.organizations, e.places);
            Set<String> quoteIds = new HashSet<>();
            for (Quote q : quotes) {
                quoteIds.add(q.id(id));
                index(first, Indices.QUOTES, q.id(id), docs.quote(id, q, a.body(), a.article().metadata(), f, seq));
            }
            for (JsonNode old : stored.getOrDefault(id, reader.object()).path("doc").path("analysed").path("quotes")) {
                String oldId = docs.read(old, Quote.class).id(id);
                if (!quoteIds.contains(oldId)) {
                    delete(first, Indices.QUOTES, oldId);
                }
            }
            Optional<String> story = Optional.ofNullable(storyOf.get(id));
            index(second, Indices.ARTICLES, id, docs.article(kept, anchored.getOrDefault(id, List.of()), story,
                    Optional.ofNullable(batch.embeddings().get(id)), f, seq));
        }
        // articles this batch did not bring whose story changed: only their story field moves
        for (Map.Entry<String, String> moved : storyOf.entrySet()) {
            if (!articles.containsKey(moved.getKey())) {
                ObjectNode doc = reader.object();
                if (moved.getValue() == null) {
                    doc.putNull("story");
                } else {
                    doc.put("story", moved.getValue());
                }
                update(first, Indices.ARTICLES, moved.getKey(), doc);
            }
        }
        int newArticles = (int) articles.keySet().stream().filter(id -> !stored.containsKey(id)).count();
        CommitInfo commit = new CommitInfo(seq, Instant.now(), batch.label(), articles.size(), newArticles, r.stories().size());
        // create, not index: a second writer that took the same sequence fails here instead of
        // overwriting the commit log
        ObjectNode create = reader.object();
        create.putObject("create").put("_index", reader.where().indexOf(Indices.COMMITS)).put("_id", Long.toString(seq));
        second.add(create);
        second.add(docs.commit(commit));
        if (!first.isEmpty()) {
            reader.cluster().bulk(first);
        }
        reader.cluster().bulk(second);
        reader.cluster().send("POST", "/" + Indices.all(reader.where()) + "/_refresh", null);
        return commit;
    }

    private boolean sameStories(List<Story> batch, Map<String, JsonNode> stored) {
        for (Story s : batch) {
            JsonNode old = stored.get(s.id());
            if (old == null || !docs.read(old.path("doc"), Story.class).equals(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the batch's stories, deleting every stored story that shares an article with one of
     * them, and returns the story each touched article now belongs to (null for none). Batch articles
     * outside the batch's stories keep the stored story they were in, unless it was replaced.
     */
    private Map<String, String> stories(DossierResult r, Set<String> batchArticles, long seq, List<Object> bulk) {
        Map<String, String> storyOf = new HashMap<>();
        Set<String> inBatchStories = new HashSet<>();
        for (Story s : r.stories()) {
            inBatchStories.addAll(s.articles());
        }
        Set<String> batchStoryIds = new HashSet<>(r.stories().stream().map(Story::id).toList());
        Set<String> lookFor = new HashSet<>(inBatchStories);
        lookFor.addAll(batchArticles);
        for (JsonNode hit : reader.all(Indices.STORIES, reader.terms("articles", lookFor), "articles")) {
            String id = hit.path("_id").asText();
            boolean replaced = batchStoryIds.contains(id);
            List<String> members = new ArrayList<>();
            hit.path("_source").path("articles").forEach(a -> members.add(a.asText()));
            for (String a : members) {
                replaced |= inBatchStories.contains(a);
            }
            if (replaced) {
                if (!batchStoryIds.contains(id)) {
                    delete(bulk, Indices.STORIES, id);
                }
                members.forEach(a -> storyOf.putIfAbsent(a, null));
            } else {
                members.stream().filter(batchArticles::contains).forEach(a -> storyOf.put(a, id));
            }
        }
        Map<String, List<Claim>> claims = new HashMap<>();
        r.claims().forEach(c -> claims.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
        Map<String, List<TimelineEntry>> timeline = new HashMap<>();
        r.timeline().forEach(t -> timeline.computeIfAbsent(t.story(), k -> new ArrayList<>()).add(t));
        for (Story s : r.stories()) {
            s.articles().forEach(a -> storyOf.put(a, s.id()));
            index(bulk, Indices.STORIES, s.id(), docs.story(s, claims.getOrDefault(s.id(), List.of()),
                    timeline.getOrDefault(s.id(), List.of()), seq));
        }
        return storyOf;
    }

    /** Entity ids by type for one article, the filter fields of it and its quotes. */
    private static final class EntityIds {
        final Set<String> people = new TreeSet<>();
        final Set<String> organizations = new TreeSet<>();
        final Set<String> places = new TreeSet<>();
    }

    /**
     * Merges the batch's entities into the stored ones, as the Lucene store does: an entity's
     * mentions in the batch's articles, and in any article a batch entity mentions, are replaced by
     * the batch's; variants and roles are united (the batch's first); a stored entity left with no
     * mention is deleted. Returns, per batch article, the entities its body names.
     */
    private Map<String, EntityIds> entities(DossierResult r, Set<String> batchArticles, long seq, List<Object> bulk) {
        Map<String, EntityIds> byArticle = new HashMap<>();
        Map<String, Entity> stored = new LinkedHashMap<>();
        for (JsonNode hit : reader.all(Indices.ENTITIES, reader.terms("articles", batchArticles), "doc")) {
            stored.put(hit.path("_id").asText(), docs.read(hit.path("_source").path("doc"), Entity.class));
        }
        reader.get(Indices.ENTITIES, r.entities().stream().map(Entity::id).toList(), "doc")
                .forEach((id, source) -> stored.putIfAbsent(id, docs.read(source.path("doc"), Entity.class)));
        Set<String> fresh = new HashSet<>();
        for (Entity e : r.entities()) {
            fresh.add(e.id());
            Entity merged = e;
            Entity before = stored.get(e.id());
            if (before != null) {
                Set<String> replaced = new HashSet<>(batchArticles);
                e.mentions().forEach(m -> replaced.add(m.article()));
                List<EntityMention> mentions = new ArrayList<>(before.mentions().stream()
                        .filter(m -> !replaced.contains(m.article())).toList());
                mentions.addAll(e.mentions());
                mentions.sort(null);
                merged = new Entity(e.id(), e.type(), e.name(), union(e.variants(), before.variants()),
                        union(e.roles(), before.roles()), mentions);
            }
            index(bulk, Indices.ENTITIES, e.id(), docs.entity(merged, seq));
            for (EntityMention m : e.mentions()) {
                // an article names what its body names (a byline or title alone does not count)
                if (!batchArticles.contains(m.article()) || m.span().isEmpty()) {
                    continue;
                }
                EntityIds ids = byArticle.computeIfAbsent(m.article(), k -> new EntityIds());
                if (e.type() == EntityType.PERSON) {
                    ids.people.add(e.id());
                } else if (e.type() == EntityType.ORGANIZATION) {
                    ids.organizations.add(e.id());
                } else if (e.type() == EntityType.PLACE) {
                    ids.places.add(e.id());
                }
            }
        }
        for (Entity before : stored.values()) {
            if (fresh.contains(before.id())) {
                continue;
            }
            List<EntityMention> left = before.mentions().stream().filter(m -> !batchArticles.contains(m.article())).toList();
            if (left.isEmpty()) {
                delete(bulk, Indices.ENTITIES, before.id());
            } else if (left.size() < before.mentions().size()) {
                index(bulk, Indices.ENTITIES, before.id(), docs.entity(new Entity(before.id(), before.type(), before.name(),
                        before.variants(), before.roles(), left), seq));
            }
        }
        return byArticle;
    }

    /** Reuse by pair; a stored pair between two batch articles that the batch no longer finds goes. */
    private void reuses(List<Reuse> batch, Set<String> batchArticles, long seq, List<Object> bulk) {
        Set<String> now = new HashSet<>();
        for (Reuse reuse : batch) {
            now.add(reuseId(reuse));
            index(bulk, Indices.REUSES, reuseId(reuse), docs.reuse(reuse, seq));
        }
        for (JsonNode hit : reader.all(Indices.REUSES, reader.terms("articles", batchArticles), "articles")) {
            JsonNode pair = hit.path("_source").path("articles");
            if (batchArticles.contains(pair.path(0).asText()) && batchArticles.contains(pair.path(1).asText())
                    && !now.contains(hit.path("_id").asText())) {
                delete(bulk, Indices.REUSES, hit.path("_id").asText());
            }
        }
    }

    /** The first list's values, then the second's not yet seen. */
    private static List<String> union(List<String> first, List<String> then) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }

    static String reuseId(Reuse r) {
        return DocumentCodec.reuseId(r.a(), r.b());
    }

    private void index(List<Object> bulk, String kind, String id, ObjectNode doc) {
        ObjectNode action = reader.object();
        action.putObject("index").put("_index", reader.where().indexOf(kind)).put("_id", id);
        bulk.add(action);
        bulk.add(doc);
    }

    private void update(List<Object> bulk, String kind, String id, ObjectNode partial) {
        ObjectNode action = reader.object();
        action.putObject("update").put("_index", reader.where().indexOf(kind)).put("_id", id);
        bulk.add(action);
        ObjectNode body = reader.object();
        body.set("doc", partial);
        bulk.add(body);
    }

    private void delete(List<Object> bulk, String kind, String id) {
        ObjectNode action = reader.object();
        action.putObject("delete").put("_index", reader.where().indexOf(kind)).put("_id", id);
        bulk.add(action);
    }
}
