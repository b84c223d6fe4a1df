package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.store.CommitInfo;

/**
 * Reads that see only what the last refresh made visible: multi-gets with {@code realtime=false} and
 * searches. That is the store's read rule; a batch being written is invisible to it until the writer
 * refreshes.
 */
final class Reader {
    /** OpenSearch's default cap on from + size for one search, which is also the store API's deepest page. */
    static final int WINDOW = org.dossier.store.SearchQuery.MAX_WINDOW;

    private final Cluster cluster;
    private final OpenSearchLocation where;

    Reader(Cluster cluster, OpenSearchLocation where) {
        this.cluster = cluster;
        this.where = where;
    }

    Cluster cluster() {
        return cluster;
    }

    OpenSearchLocation where() {
        return where;
    }

    ObjectNode object() {
        return cluster.mapper().createObjectNode();
    }

    /** Sources of the stored ones among {@code ids}, by id, in the order given. */
    Map<String, JsonNode> get(String kind, Collection<String> ids, String... includes) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        ObjectNode body = object();
        ArrayNode array = body.putArray("ids");
        ids.stream().distinct().forEach(array::add);
        String source = includes.length == 0 ? "" : "&_source_includes=" + String.join(",", includes);
        JsonNode answer = cluster.send("POST", "/" + where.indexOf(kind) + "/_mget?realtime=false" + source, body);
        for (JsonNode doc : answer.path("docs")) {
            if (doc.path("found").asBoolean(false)) {
                found.put(doc.path("_id").asText(), doc.path("_source"));
            }
        }
        return found;
    }

    Optional<JsonNode> get(String kind, String id) {
        return Optional.ofNullable(get(kind, List.of(id)).get(id));
    }

    /** Runs a search body against one kind's index. */
    JsonNode search(String kind, ObjectNode body) {
        return cluster.send("POST", "/" + where.indexOf(kind) + "/_search", body);
    }

    /** Every document matching {@code query} (up to the search window), with their sources. */
    List<JsonNode> all(String kind, JsonNode query, String... includes) {
        ObjectNode body = object();
        body.set("query", query);
        body.put("size", WINDOW);
        if (includes.length > 0) {
            ArrayNode a = body.putArray("_source");
            for (String i : includes) {
                a.add(i);
            }
        }
        body.putArray("sort").add("_doc");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode hit : search(kind, body).path("hits").path("hits")) {
            out.add(hit);
        }
        return out;
    }

    long count(String kind) {
        return cluster.send("POST", "/" + where.indexOf(kind) + "/_count", null).path("count").asLong();
    }

    /** A terms query: {@code field} is one of {@code values}. */
    ObjectNode terms(String field, Collection<String> values) {
        ObjectNode q = object();
        ArrayNode a = q.putObject("terms").putArray(field);
        values.forEach(a::add);
        return q;
    }

    List<CommitInfo> commits(DocumentCodec docs) {
        ObjectNode body = object();
        body.put("size", WINDOW);
        body.putArray("sort").addObject().put("sequence", "asc");
        List<CommitInfo> out = new ArrayList<>();
        for (JsonNode hit : search(Indices.COMMITS, body).path("hits").path("hits")) {
            out.add(docs.commitInfo(hit.path("_source")));
        }
        return out;
    }

    /** The corrections the commit log carries, oldest first. */
    List<org.dossier.store.Correction> reviews() {
        ObjectNode body = object();
        body.put("size", WINDOW);
        body.putArray("sort").addObject().put("sequence", "asc");
        List<org.dossier.store.Correction> out = new ArrayList<>();
        for (JsonNode hit : search(Indices.COMMITS, body).path("hits").path("hits")) {
            JsonNode review = hit.path("_source").path("doc").path("review");
            if (review.isObject()) {
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                review.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                out.add(org.dossier.store.Correction.fromFields(fields));
            }
        }
        return out;
    }

    Optional<CommitInfo> lastCommit(DocumentCodec docs) {
        ObjectNode body = object();
        body.put("size", 1);
        body.putArray("sort").addObject().put("sequence", "desc");
        for (JsonNode hit : search(Indices.COMMITS, body).path("hits").path("hits")) {
            return Optional.of(docs.commitInfo(hit.path("_source")));
        }
        return Optional.empty();
    }
}
