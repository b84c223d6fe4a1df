package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
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
import org.dossier.store.StoreBatch;

/**
 * Turns one batch into index updates, reading what it replaces from the view of the last commit.
 * It only adds, updates and deletes docs; the caller commits (or rolls back) them as one.
 */
final class BatchApplier {
    private final IndexWriter writer;
    private final IndexSearcher before;
    private final FacetsConfig facets;

    /** What the batch changed, for the commit log; {@code changed} false when it held nothing new. */
    record Outcome(boolean changed, int articles, int newArticles, int stories) {
    }

    BatchApplier(IndexWriter writer, IndexSearcher before, FacetsConfig facets) {
        this.writer = writer;
        this.before = before;
        this.facets = facets;
    }

    Outcome apply(StoreBatch batch) throws IOException {
        DossierResult r = batch.result();
        Map<String, AnalysedArticle> articles = new LinkedHashMap<>();
        r.articles().forEach(a -> articles.put(a.article().id(), a));
        Set<String> ids = articles.keySet();
        Set<String> known = known(ids);
        List<Records.StoryRecord> stories = storyRecords(r);
        if (known.containsAll(ids) && unchanged(stories)) {
            return new Outcome(false, ids.size(), 0, 0);
        }
        Map<String, String> storyOf = new HashMap<>();
        Set<String> inBatchStories = new HashSet<>();
        for (Story s : r.stories()) {
            s.articles().forEach(a -> storyOf.put(a, s.id()));
            inBatchStories.addAll(s.articles());
        }
        Set<String> touched = new HashSet<>(ids);
        touched.addAll(inBatchStories);
        List<Records.StoryRecord> replaced = SearcherReads.all(before, SearcherReads.kindWithAny(Schema.K_STORY, Schema.ARTICLE, touched),
                Records.StoryRecord.class);

        Map<String, Map<String, List<String>>> entityKeys = entityKeys(r.entities());
        Map<String, List<DateMention>> anchored = new HashMap<>();
        for (ArticleDate d : r.anchoredDates()) {
            anchored.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d.date());
        }
        deleteQuotesOf(ids);
        for (AnalysedArticle a : articles.values()) {
            String id = a.article().id();
            List<Quote> quotes = r.quotes().getOrDefault(id, a.quotes());
            AnalysedArticle kept = new AnalysedArticle(a.article(), List.of(), List.of(), a.mentions(), a.dates(), quotes);
            Records.ArticleRecord rec = new Records.ArticleRecord(kept, anchored.getOrDefault(id, List.of()),
                    entityKeys.getOrDefault(id, Map.of()), Optional.ofNullable(storyOf.get(id)));
            float[] v = batch.embeddings().get(id);
            Optional<float[]> vector = v != null ? Optional.of(v)
                    : known.contains(id) ? SearcherReads.vector(before, SearcherReads.docOf(before, Schema.K_ARTICLE, id)) : Optional.empty();
            writeArticle(rec, vector);
        }
        orphans(replaced, ids, inBatchStories);
        for (Records.StoryRecord old : replaced) {
            writer.deleteDocuments(Schema.key(Schema.K_STORY, old.story().id()));
        }
        for (Records.StoryRecord s : stories) {
            writer.updateDocument(Schema.key(Schema.K_STORY, s.story().id()), Schema.story(s));
        }
        entities(r.entities(), ids);
        reuses(r.reuses(), ids);
        int added = ids.size() - (int) ids.stream().filter(known::contains).count();
        return new Outcome(true, ids.size(), added, stories.size());
    }

    private Set<String> known(Collection<String> ids) throws IOException {
        Set<String> known = new HashSet<>();
        if (ids.isEmpty()) {
            return known;
        }
        var q = SearcherReads.keys(Schema.K_ARTICLE, ids);
        var top = before.search(q, ids.size());
        var stored = before.storedFields();
        for (var h : top.scoreDocs) {
            known.add(stored.document(h.doc, Set.of(Schema.ID)).get(Schema.ID));
        }
        return known;
    }

    private static List<Records.StoryRecord> storyRecords(DossierResult r) {
        Map<String, List<Claim>> claims = new HashMap<>();
        r.claims().forEach(c -> claims.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
        Map<String, List<TimelineEntry>> timeline = new HashMap<>();
        r.timeline().forEach(t -> timeline.computeIfAbsent(t.story(), k -> new ArrayList<>()).add(t));
        return r.stories().stream().map(s -> new Records.StoryRecord(s, claims.getOrDefault(s.id(), List.of()),
                timeline.getOrDefault(s.id(), List.of()))).toList();
    }

    private boolean unchanged(List<Records.StoryRecord> stories) throws IOException {
        for (Records.StoryRecord s : stories) {
            if (!SearcherReads.byKey(before, Schema.K_STORY, s.story().id(), Records.StoryRecord.class).equals(Optional.of(s))) {
                return false;
            }
        }
        return true;
    }

    /** Per article, per entity type, the ids of the people, organisations and places its body names. */
    private static Map<String, Map<String, List<String>>> entityKeys(List<Entity> entities) {
        Map<String, Map<String, Set<String>>> keys = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.MISC) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.span().isPresent()) {
                    keys.computeIfAbsent(m.article(), k -> new TreeMap<>())
                            .computeIfAbsent(e.type().name(), k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        keys.forEach((a, byType) -> {
            Map<String, List<String>> m = new TreeMap<>();
            byType.forEach((t, s) -> m.put(t, List.copyOf(s)));
            out.put(a, m);
        });
        return out;
    }

    private void deleteQuotesOf(Collection<String> articleIds) throws IOException {
        writer.deleteDocuments(SearcherReads.kindWithAny(Schema.K_QUOTE, Schema.ARTICLE, articleIds));
    }

    /** An article's doc and its quotes' docs (its old quotes must be deleted before). */
    private void writeArticle(Records.ArticleRecord rec, Optional<float[]> vector) throws IOException {
        AnalysedArticle a = rec.analysed();
        String id = a.article().id();
        Document doc = facets.build(Schema.article(rec, vector));
        writer.updateDocument(Schema.key(Schema.K_ARTICLE, id), doc);
        for (Quote q : a.quotes()) {
            Records.QuoteRecord qr = new Records.QuoteRecord(id, q, q.text(a.body()), a.article().metadata(), rec.story());
            writer.addDocument(Schema.quote(q.id(id), qr, rec.entities()));
        }
    }

    /**
     * Articles of replaced stories that no batch story holds: re-written without a story, since the
     * story they were in is gone. The application avoids this by re-running whole stories.
     */
    private void orphans(List<Records.StoryRecord> replaced, Set<String> ids, Set<String> inBatchStories) throws IOException {
        Set<String> orphans = new LinkedHashSet<>();
        for (Records.StoryRecord s : replaced) {
            for (String a : s.story().articles()) {
                if (!ids.contains(a) && !inBatchStories.contains(a)) {
                    orphans.add(a);
                }
            }
        }
        if (orphans.isEmpty()) {
            return;
        }
        deleteQuotesOf(orphans);
        for (String id : orphans) {
            int doc = SearcherReads.docOf(before, Schema.K_ARTICLE, id);
            Optional<Records.ArticleRecord> rec = SearcherReads.byKey(before, Schema.K_ARTICLE, id, Records.ArticleRecord.class);
            if (rec.isPresent()) {
                writeArticle(rec.get().withStory(Optional.empty()), SearcherReads.vector(before, doc));
            }
        }
    }

    /**
     * Entities touching the batch: their mention docs for the batch's articles are replaced by the
     * batch's; an entity's variants and roles are the union of stored and new; an entity left with no
     * mention doc is deleted.
     */
    private void entities(List<Entity> batch, Set<String> ids) throws IOException {
        Set<String> touched = new LinkedHashSet<>();
        for (Records.MentionRecord m : SearcherReads.all(before, SearcherReads.kindWithAny(Schema.K_MENTION, Schema.ARTICLE, ids),
                Records.MentionRecord.class)) {
            touched.add(m.entity());
        }
        writer.deleteDocuments(SearcherReads.kindWithAny(Schema.K_MENTION, Schema.ARTICLE, ids));
        Map<String, Entity> fresh = new LinkedHashMap<>();
        batch.forEach(e -> fresh.put(e.id(), e));
        Map<String, Records.EntityRecord> stored = new HashMap<>();
        Set<String> lookup = new LinkedHashSet<>(touched);
        lookup.addAll(fresh.keySet());
        if (!lookup.isEmpty()) {
            for (Records.EntityRecord e : SearcherReads.all(before, SearcherReads.keys(Schema.K_ENTITY, lookup), Records.EntityRecord.class)) {
                stored.put(e.id(), e);
            }
        }
        for (Entity e : fresh.values()) {
            Records.EntityRecord old = stored.get(e.id());
            Records.EntityRecord now = Records.EntityRecord.of(e);
            if (old != null) {
                now = new Records.EntityRecord(e.id(), e.type(), e.name(), union(old.variants(), e.variants()),
                        union(old.roles(), e.roles()));
            }
            writer.updateDocument(Schema.key(Schema.K_ENTITY, e.id()), Schema.entity(now));
            Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
            e.mentions().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
            for (Map.Entry<String, List<EntityMention>> m : byArticle.entrySet()) {
                writer.updateDocument(Schema.key(Schema.K_MENTION, Schema.mentionId(e.id(), m.getKey())),
                        Schema.mentions(new Records.MentionRecord(e.id(), m.getKey(), m.getValue())));
            }
        }
        for (String id : touched) {
            if (!fresh.containsKey(id) && !mentionedOutside(id, ids)) {
                writer.deleteDocuments(Schema.key(Schema.K_ENTITY, id));
            }
        }
    }

    /** True when the entity has a stored mention in an article outside {@code ids}. */
    private boolean mentionedOutside(String entity, Set<String> ids) throws IOException {
        var q = new BooleanQuery.Builder()
                .add(SearcherReads.kind(Schema.K_MENTION), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ENTITY, entity)),
                        BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Schema.ARTICLE,
                        ids.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.MUST_NOT)
                .build();
        return before.count(q) > 0;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(b);
        all.addAll(a);
        return List.copyOf(all);
    }

    /** Reuse pairs by key; stored pairs between two batch articles that the batch no longer finds go. */
    private void reuses(List<Reuse> batch, Set<String> ids) throws IOException {
        Set<String> now = new HashSet<>();
        for (Reuse r : batch) {
            now.add(Schema.reuseId(r));
            writer.updateDocument(Schema.key(Schema.K_REUSE, Schema.reuseId(r)), Schema.reuse(r));
        }
        for (Reuse old : SearcherReads.all(before, SearcherReads.kindWithAny(Schema.K_REUSE, Schema.ARTICLE, ids), Reuse.class)) {
            if (ids.contains(old.a()) && ids.contains(old.b()) && !now.contains(Schema.reuseId(old))) {
                writer.deleteDocuments(Schema.key(Schema.K_REUSE, Schema.reuseId(old)));
            }
        }
    }
}
