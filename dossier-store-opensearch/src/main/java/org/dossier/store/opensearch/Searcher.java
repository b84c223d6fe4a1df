package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;

/**
 * Article and quote searches as OpenSearch queries. Full text is BM25 ({@code most_fields} over
 * title, subtitle and body); filters are {@code bool} filter clauses on keyword and date fields;
 * facets are terms aggregations over every match. Semantic search scores every filtered article
 * that has an embedding by exact cosine (a painless {@code script_score} over the vector kept as binary
 * doc values: the vectors are unit length, so the dot product is the cosine). Hybrid fuses the two ranked lists
 * by reciprocal rank fusion (k = 60).
 */
final class Searcher {
    /** How many values of each facet come back (as the Lucene store). */
    static final int FACET_SIZE = 20;
    /** Nearest articles a semantic or hybrid page considers, at least; more when paging deep (as the Lucene store). */
    static final int CANDIDATES = 100;
    /** Reciprocal rank fusion's k, as in Cormack et al. (2009). */
    static final int RRF_K = 60;
    /** Dot product of the query with the embedding's binary doc values (big-endian floats), plus 1. */
    private static final String COSINE = """
            BytesRef b = doc['embedding'].value;
            byte[] a = b.bytes;
            int n = b.length / 4;
            if (n != params.q.size()) { return 0.0; }
            double d = 0.0;
            for (int i = 0; i < n; i++) {
              int o = b.offset + i * 4;
              int x0 = a[o]; int x1 = a[o + 1]; int x2 = a[o + 2]; int x3 = a[o + 3];
              int bits = (x0 << 24) | ((x1 & 255) << 16) | ((x2 & 255) << 8) | (x3 & 255);
              d += Float.intBitsToFloat(bits) * params.q.get(i);
            }
            return d + 1.0;""";

    private final Reader reader;
    private final DocumentCodec docs;

    Searcher(Reader reader, DocumentCodec docs) {
        this.reader = reader;
        this.docs = docs;
    }

    SearchResult search(SearchQuery q) {
        long started = System.nanoTime();
        // SearchQuery keeps offset + limit within Reader.WINDOW
        ArrayNode filters = filters(q.filters(), false);
        boolean words = !q.text().isBlank();
        List<SearchHit> hits;
        long total;
        JsonNode aggregations;
        switch (q.mode()) {
            case FULL_TEXT -> {
                JsonNode answer = reader.search(Indices.ARTICLES, articleSearch(textQuery(q.text()), filters,
                        q.offset(), q.limit(), q.facets(), words, !words));
                hits = hits(answer, 0);
                total = answer.path("hits").path("total").path("value").asLong();
                aggregations = answer.path("aggregations");
            }
            case SEMANTIC -> {
                int k = Math.max(q.offset() + q.limit(), CANDIDATES);
                JsonNode answer = reader.search(Indices.ARTICLES, articleSearch(cosineQuery(q.vector().orElseThrow()),
                        filters, q.offset(), q.limit(), Set.of(), false, false));
                hits = hits(answer, 1.0);
                // the candidates are the k nearest; facets count those (a sampler keeps the top k)
                total = Math.min(k, answer.path("hits").path("total").path("value").asLong());
                aggregations = sampled(cosineQuery(q.vector().orElseThrow()), filters, k, q.facets());
            }
            default -> {
                int k = Math.max(q.offset() + q.limit(), CANDIDATES);
                List<SearchHit> near = hits(reader.search(Indices.ARTICLES, articleSearch(
                        cosineQuery(q.vector().orElseThrow()), filters, 0, k, Set.of(), false, false)), 1.0);
                if (!words) {
                    hits = near.subList(Math.min(q.offset(), near.size()), Math.min(q.offset() + q.limit(), near.size()));
                    total = near.size();
                    aggregations = sampled(cosineQuery(q.vector().orElseThrow()), filters, k, q.facets());
                } else {
                    List<SearchHit> text = hits(reader.search(Indices.ARTICLES, articleSearch(textQuery(q.text()),
                            filters, 0, k, Set.of(), true, false)), 0);
                    List<SearchHit> fused = fuse(text, near);
                    hits = fused.subList(Math.min(q.offset(), fused.size()), Math.min(q.offset() + q.limit(), fused.size()));
                    // the candidates: every text match and the k nearest
                    ObjectNode either = reader.object();
                    ArrayNode should = either.putObject("bool").putArray("should");
                    should.add(textQuery(q.text()));
                    ArrayNode nearest = should.addObject().putObject("ids").putArray("values");
                    near.forEach(h -> nearest.add(h.article()));
                    JsonNode answer = reader.search(Indices.ARTICLES, articleSearch(either, filters, 0, 0, q.facets(), false, false));
                    total = answer.path("hits").path("total").path("value").asLong();
                    aggregations = answer.path("aggregations");
                }
            }
        }
        return new SearchResult(total, hits, facets(q.facets(), aggregations), (System.nanoTime() - started) / 1000);
    }

    /** Facets over the {@code k} best-scoring matches only (a sampler aggregation around the terms). */
    private JsonNode sampled(JsonNode query, ArrayNode filters, int k, Set<Facet> facets) {
        if (facets.isEmpty()) {
            return reader.object();
        }
        ObjectNode body = articleSearch(query, filters, 0, 0, facets, false, false);
        JsonNode aggs = body.remove("aggs");
        ObjectNode nearest = body.putObject("aggs").putObject("nearest");
        nearest.putObject("sampler").put("shard_size", k);
        nearest.set("aggs", aggs);
        return reader.search(Indices.ARTICLES, body).path("aggregations").path("nearest");
    }

    private ObjectNode articleSearch(JsonNode query, ArrayNode filters, int from, int size, Set<Facet> facets,
                                     boolean snippets, boolean newestFirst) {
        ObjectNode body = reader.object();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.set("must", query);
        bool.set("filter", filters);
        body.put("from", from);
        body.put("size", size);
        body.put("track_total_hits", true);
        body.putArray("_source").add("metadata").add("story");
        ArrayNode sort = body.putArray("sort");
        if (newestFirst) {
            sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
        } else {
            sort.add("_score");
        }
        sort.addObject().put("id", "asc");
        if (snippets) {
            ObjectNode h = body.putObject("highlight");
            h.putArray("pre_tags").add("");
            h.putArray("post_tags").add("");
            ObjectNode b = h.putObject("fields").putObject("body");
            // whole sentences, as the Lucene store gives, split only past 250 characters
            b.put("boundary_scanner", "sentence");
            b.put("fragment_size", 250);
            b.put("number_of_fragments", 1);
        }
        if (!facets.isEmpty()) {
            ObjectNode aggs = body.putObject("aggs");
            for (Facet f : facets) {
                ObjectNode terms = aggs.putObject(f.name()).putObject("terms");
                terms.put("field", field(f));
                terms.put("size", FACET_SIZE);
                ArrayNode order = terms.putArray("order");
                order.addObject().put("_count", "desc");
                order.addObject().put("_key", "asc");
            }
        }
        return body;
    }

    /** Every word required, in any of title (x3), subtitle (x2) and body, English stemming: as the Lucene store. */
    private ObjectNode textQuery(String text) {
        return words(text, "title^3", "subtitle^2", "body");
    }

    private ObjectNode words(String text, String... fields) {
        ObjectNode q = reader.object();
        if (text.isBlank()) {
            q.putObject("match_all");
            return q;
        }
        ObjectNode m = q.putObject("simple_query_string");
        m.put("query", text);
        m.put("default_operator", "and");
        ArrayNode f = m.putArray("fields");
        for (String field : fields) {
            f.add(field);
        }
        return q;
    }

    private ObjectNode cosineQuery(float[] vector) {
        ObjectNode q = reader.object();
        ObjectNode ss = q.putObject("script_score");
        ss.set("query", hasEmbedding(vector.length));
        ObjectNode script = ss.putObject("script");
        script.put("source", COSINE);
        ArrayNode v = script.putObject("params").putArray("q");
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (float x : vector) {
            v.add(x / norm);
        }
        return q;
    }

    private ObjectNode hasEmbedding(int dimension) {
        ObjectNode q = reader.object();
        q.putObject("term").put("embedding_dim", dimension);
        return q;
    }

    /** The page's hits; {@code minus} undoes the +1 that keeps script scores non-negative. */
    private List<SearchHit> hits(JsonNode answer, double minus) {
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            ArticleMetadata metadata = docs.read(source.path("metadata"), ArticleMetadata.class);
            Optional<String> snippet = Optional.empty();
            JsonNode fragment = hit.path("highlight").path("body").path(0);
            if (fragment.isTextual()) {
                snippet = Optional.of(fragment.asText().strip());
            }
            double score = hit.path("_score").isNumber() ? hit.path("_score").asDouble() - minus : 0;
            out.add(new SearchHit(hit.path("_id").asText(), score, metadata, DocumentCodec.text(source, "story"), snippet));
        }
        return out;
    }

    private static List<SearchHit> fuse(List<SearchHit> text, List<SearchHit> near) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, SearchHit> hit = new LinkedHashMap<>();
        for (List<SearchHit> list : List.of(text, near)) {
            for (int rank = 0; rank < list.size(); rank++) {
                SearchHit h = list.get(rank);
                score.merge(h.article(), 1.0 / (RRF_K + rank + 1), Double::sum);
                hit.putIfAbsent(h.article(), h);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    SearchHit h = hit.get(e.getKey());
                    return new SearchHit(h.article(), e.getValue(), h.metadata(), h.story(), h.snippet());
                })
                .toList();
    }

    private Map<Facet, List<FacetCount>> facets(Set<Facet> asked, JsonNode aggregations) {
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : asked) {
            List<String> values = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (JsonNode b : aggregations.path(f.name()).path("buckets")) {
                values.add(b.path("key").asText());
                counts.add(b.path("doc_count").asLong());
            }
            Map<String, String> labels = labels(f, values);
            List<FacetCount> list = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                list.add(new FacetCount(values.get(i), labels.getOrDefault(values.get(i), values.get(i)), counts.get(i)));
            }
            out.put(f, list);
        }
        return out;
    }

    private Map<String, String> labels(Facet f, List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        String kind = switch (f) {
            case PERSON, ORGANIZATION, PLACE -> Indices.ENTITIES;
            case STORY -> Indices.STORIES;
            default -> null;
        };
        if (kind != null) {
            String field = kind.equals(Indices.ENTITIES) ? "doc.name" : "title";
            reader.get(kind, values, field).forEach((id, source) -> labels.put(id,
                    kind.equals(Indices.ENTITIES) ? source.path("doc").path("name").asText() : source.path("title").asText()));
        }
        return labels;
    }

    private static String field(Facet f) {
        return switch (f) {
            case OUTLET -> "outlet";
            case PERSON -> "people";
            case ORGANIZATION -> "organizations";
            case PLACE -> "places";
            case STORY -> "story";
            case LANGUAGE -> "language";
            case MONTH -> "month";
        };
    }

    /** Filter clauses; on quotes, stories are matched through their articles. */
    private ArrayNode filters(SearchFilters f, boolean quotes) {
        ArrayNode out = reader.cluster().mapper().createArrayNode();
        if (!f.outlets().isEmpty()) {
            out.add(reader.terms("outlet", f.outlets()));
        }
        entityFilter(out, "people", EntityType.PERSON, f.people());
        entityFilter(out, "organizations", EntityType.ORGANIZATION, f.organizations());
        entityFilter(out, "places", EntityType.PLACE, f.places());
        if (!f.languages().isEmpty()) {
            out.add(reader.terms("language", f.languages()));
        }
        if (!f.stories().isEmpty()) {
            if (quotes) {
                Set<String> articles = new HashSet<>();
                reader.get(Indices.STORIES, f.stories(), "articles").values()
                        .forEach(s -> s.path("articles").forEach(a -> articles.add(a.asText())));
                out.add(reader.terms("article", articles));
            } else {
                out.add(reader.terms("story", f.stories()));
            }
        }
        if (f.from().isPresent() || f.to().isPresent()) {
            ObjectNode range = out.addObject().putObject("range").putObject("day");
            f.from().ifPresent(d -> range.put("gte", d.toString()));
            f.to().ifPresent(d -> range.put("lte", d.toString()));
        }
        return out;
    }

    /** Entities are named by id or by canonical name, case-insensitively: names become ids here. */
    private void entityFilter(ArrayNode out, String field, EntityType type, Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>(wanted);
        ObjectNode q = reader.object();
        ObjectNode bool = q.putObject("bool");
        bool.putArray("filter").add(reader.terms("name", wanted)).addObject().putObject("term").put("type", type.name());
        reader.all(Indices.ENTITIES, q, "id").forEach(hit -> ids.add(hit.path("_id").asText()));
        out.add(reader.terms(field, ids));
    }

    Page<QuoteHit> quotes(QuoteQuery q) {
        // QuoteQuery keeps offset + limit within Reader.WINDOW
        ObjectNode body = reader.object();
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = filters(q.filters(), true);
        q.speaker().filter(s -> !s.isBlank()).map(String::strip).ifPresent(s -> {
            // the speaker restricts and does not rank: by entity id, or all the words of the name
            ObjectNode either = filter.addObject().putObject("bool");
            either.put("minimum_should_match", 1);
            ArrayNode should = either.putArray("should");
            should.addObject().putObject("term").put("speaker_entity", s);
            should.add(words(s, "speaker_name"));
        });
        boolean words = q.text().isPresent() && !q.text().get().isBlank();
        bool.set("must", words ? words(q.text().get(), "text") : reader.object().set("match_all", reader.object()));
        bool.set("filter", filter);
        body.put("from", q.offset());
        body.put("size", q.limit());
        body.put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        if (words) {
            sort.add("_score");
        }
        sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
        sort.addObject().put("id", "asc");
        JsonNode answer = reader.search(Indices.QUOTES, body);
        List<JsonNode> found = new ArrayList<>();
        answer.path("hits").path("hits").forEach(found::add);
        Map<String, JsonNode> stories = reader.get(Indices.ARTICLES,
                found.stream().map(h -> h.path("_source").path("article").asText()).toList(), "story");
        List<QuoteHit> hits = new ArrayList<>();
        for (JsonNode hit : found) {
            JsonNode s = hit.path("_source");
            String article = s.path("article").asText();
            Optional<String> story = Optional.ofNullable(stories.get(article)).flatMap(a -> DocumentCodec.text(a, "story"));
            double score = hit.path("_score").isNumber() ? hit.path("_score").asDouble() : 0;
            hits.add(new QuoteHit(s.path("id").asText(), article, docs.read(s.path("doc"), Quote.class),
                    s.path("text").asText(), docs.read(s.path("metadata"), ArticleMetadata.class), story, score));
        }
        return new Page<>(answer.path("hits").path("total").path("value").asLong(), hits);
    }
}
