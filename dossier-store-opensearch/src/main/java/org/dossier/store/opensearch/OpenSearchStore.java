package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.store.CommitInfo;
import org.dossier.store.Correction;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreException;
import org.dossier.store.StoreStats;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;

/**
 * A {@link Store} kept in an OpenSearch cluster. Opening a read-write store creates its indices when
 * they are missing; a read-only store needs them to exist. Every read sees the last refreshed batch
 * (searches, and multi-gets with {@code realtime=false}), and only {@link #add} refreshes, once per
 * batch. Reads are thread-safe; batches are applied one at a time per instance.
 */
public final class OpenSearchStore implements Store {
    private final OpenSearchLocation where;
    private final Access access;
    private final Cluster cluster;
    private final Reader reader;
    private final DocumentCodec docs;
    private final Searcher searcher;
    private final BatchWriter writer;

    private OpenSearchStore(OpenSearchLocation where, Access access, Cluster cluster) {
        this.where = where;
        this.access = access;
        this.cluster = cluster;
        this.reader = new Reader(cluster, where);
        this.docs = new DocumentCodec(cluster.mapper());
        this.searcher = new Searcher(reader, docs);
        this.writer = new BatchWriter(reader, docs);
    }

    /**
     * Connects to the cluster at {@code location} and opens the store there.
     *
     * @throws StoreException when the cluster cannot be reached, or a read-only store does not exist
     */
    public static OpenSearchStore open(String location, Access access) {
        OpenSearchLocation where = OpenSearchLocation.parse(location);
        Cluster cluster = new Cluster(where);
        try {
            cluster.send("GET", "/", null);
            if (access == Access.READ_WRITE) {
                Indices.create(cluster, where);
            } else if (!Indices.exist(cluster, where)) {
                throw new StoreException("no Dossier store named '" + where.index() + "' on OpenSearch at "
                        + where.host() + ":" + where.port() + " (" + location + "); analyse into it first");
            }
            return new OpenSearchStore(where, access, cluster);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public String location() {
        return where.location();
    }

    @Override
    public synchronized CommitInfo add(StoreBatch batch) {
        if (access != Access.READ_WRITE) {
            throw new UnsupportedOperationException("store " + where.location() + " is open read-only");
        }
        return writer.add(batch);
    }

    /**
     * A correction is a commit of its own: its doc in the commit log carries the correction's fields,
     * written with {@code create} and refreshed, as a batch's commit record is.
     */
    @Override
    public synchronized CommitInfo review(Correction correction) {
        if (access != Access.READ_WRITE) {
            throw new UnsupportedOperationException("store " + where.location() + " is open read-only");
        }
        long seq = reader.lastCommit(docs).map(c -> c.sequence() + 1).orElse(1L);
        CommitInfo commit = new CommitInfo(seq, java.time.Instant.now(), "review: " + correction.kind().label() + " "
                + correction.target() + " by " + correction.by(), 0, 0, 0);
        ObjectNode doc = docs.commit(commit);
        ObjectNode review = ((ObjectNode) doc.path("doc")).putObject("review");
        correction.fields().forEach(review::put);
        ObjectNode create = reader.object();
        create.putObject("create").put("_index", where.indexOf(Indices.COMMITS)).put("_id", Long.toString(seq));
        reader.cluster().bulk(List.<Object>of(create, doc));
        reader.cluster().send("POST", "/" + where.indexOf(Indices.COMMITS) + "/_refresh", null);
        return commit;
    }

    @Override
    public List<Correction> corrections() {
        return reader.reviews();
    }

    @Override
    public Set<String> knownArticles(Collection<String> articleIds) {
        return new HashSet<>(reader.get(Indices.ARTICLES, articleIds, "id").keySet());
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return reader.get(Indices.ARTICLES, id).map(docs::storedArticle);
    }

    @Override
    public List<StoredArticle> articles(Collection<String> ids) {
        return reader.get(Indices.ARTICLES, ids).values().stream().map(docs::storedArticle).toList();
    }

    @Override
    public Optional<Entity> entity(String id) {
        return reader.get(Indices.ENTITIES, List.of(id), "doc").values().stream()
                .map(s -> docs.read(s.path("doc"), Entity.class)).findFirst();
    }

    @Override
    public Page<Story> stories(int offset, int limit) {
        SearchQuery.requirePage(offset, limit);
        ObjectNode body = reader.object();
        body.put("from", offset);
        body.put("size", limit);
        body.put("track_total_hits", true);
        body.putArray("_source").add("doc");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("last_seen").put("order", "desc").put("missing", "_last");
        sort.addObject().put("id", "asc");
        JsonNode answer = reader.search(Indices.STORIES, body);
        List<Story> stories = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> stories.add(docs.read(h.path("_source").path("doc"), Story.class)));
        return new Page<>(answer.path("hits").path("total").path("value").asLong(), stories);
    }

    @Override
    public Optional<StoryDossier> story(String id) {
        Optional<JsonNode> found = reader.get(Indices.STORIES, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode source = found.get();
        Story story = docs.read(source.path("doc"), Story.class);
        Set<String> members = new HashSet<>(story.articles());
        List<StoredArticle> articles = articles(story.articles());
        List<Entity> entities = new ArrayList<>();
        for (JsonNode hit : reader.all(Indices.ENTITIES, reader.terms("articles", members), "doc")) {
            Entity e = docs.read(hit.path("_source").path("doc"), Entity.class);
            List<EntityMention> inStory = e.mentions().stream().filter(m -> members.contains(m.article())).toList();
            entities.add(new Entity(e.id(), e.type(), e.name(), e.variants(), e.roles(), inStory));
        }
        entities.sort((a, b) -> Integer.compare(b.mentions().size(), a.mentions().size()) != 0
                ? Integer.compare(b.mentions().size(), a.mentions().size()) : a.id().compareTo(b.id()));
        List<Reuse> reuses = new ArrayList<>();
        for (JsonNode hit : reader.all(Indices.REUSES, reader.terms("articles", members), "doc")) {
            Reuse r = docs.read(hit.path("_source").path("doc"), Reuse.class);
            if (members.contains(r.a()) && members.contains(r.b())) {
                reuses.add(r);
            }
        }
        return Optional.of(new StoryDossier(story, articles, entities, docs.claims(source), docs.timeline(source), reuses));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return searcher.search(query);
    }

    @Override
    public Page<QuoteHit> quotes(QuoteQuery query) {
        return searcher.quotes(query);
    }

    @Override
    public StoreStats stats() {
        ObjectNode body = reader.object();
        body.put("size", 0);
        body.putObject("aggs").putObject("claims").putObject("sum").put("field", "claim_count");
        long claims = (long) reader.search(Indices.STORIES, body).path("aggregations").path("claims").path("value").asDouble();
        ObjectNode dim = reader.object();
        dim.put("size", 0);
        dim.putObject("aggs").putObject("dimension").putObject("max").put("field", "embedding_dim");
        JsonNode d = reader.search(Indices.ARTICLES, dim).path("aggregations").path("dimension").path("value");
        OptionalInt dimension = d.isNumber() ? OptionalInt.of(d.asInt()) : OptionalInt.empty();
        return new StoreStats(reader.count(Indices.ARTICLES), reader.count(Indices.ENTITIES), reader.count(Indices.QUOTES),
                reader.count(Indices.STORIES), claims, reader.count(Indices.REUSES), reader.count(Indices.COMMITS), dimension);
    }

    @Override
    public List<CommitInfo> commits() {
        return reader.commits(docs);
    }

    @Override
    public void close() {
        cluster.close();
    }

    /** Deletes every index of the store at {@code location} (tests and {@code --fresh} use it). */
    public static void drop(String location) {
        OpenSearchLocation where = OpenSearchLocation.parse(location);
        try (Cluster cluster = new Cluster(where)) {
            for (String kind : Indices.ALL) {
                cluster.sendAllowingMissing("DELETE", "/" + where.indexOf(kind), null);
            }
        }
    }
}
