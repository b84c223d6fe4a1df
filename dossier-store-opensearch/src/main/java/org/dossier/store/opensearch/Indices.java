package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dossier.store.StoreException;

/**
 * The store's indices and their mappings (JSON beside this class under {@code mappings/}). Every
 * index refreshes only when the store says so ({@code refresh_interval: -1}): that is what keeps a
 * batch invisible until it is whole.
 */
final class Indices {
    static final String ARTICLES = "articles";
    static final String QUOTES = "quotes";
    static final String ENTITIES = "entities";
    static final String STORIES = "stories";
    static final String REUSES = "reuses";
    static final String COMMITS = "commits";
    static final List<String> ALL = List.of(ARTICLES, QUOTES, ENTITIES, STORIES, REUSES, COMMITS);

    private Indices() {
    }

    /** Creates the indices that do not exist yet; returns how many it created. */
    static int create(Cluster cluster, OpenSearchLocation where) {
        int created = 0;
        for (String kind : ALL) {
            String name = where.indexOf(kind);
            if (cluster.sendAllowingMissing("HEAD", "/" + name, null).isPresent()) {
                continue;
            }
            ObjectNode body = cluster.mapper().createObjectNode();
            ObjectNode index = body.putObject("settings").putObject("index");
            index.put("number_of_shards", where.shards());
            index.put("number_of_replicas", where.replicas());
            index.put("refresh_interval", "-1");
            index.putObject("analysis").putObject("normalizer").putObject("lowercase")
                    .put("type", "custom").putArray("filter").add("lowercase");
            body.set("mappings", mapping(cluster, kind));
            cluster.send("PUT", "/" + name, body);
            created++;
        }
        return created;
    }

    /** True when every index of the store exists. */
    static boolean exist(Cluster cluster, OpenSearchLocation where) {
        for (String kind : ALL) {
            if (cluster.sendAllowingMissing("HEAD", "/" + where.indexOf(kind), null).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The comma-separated names of all the store's indices, for one request over all of them. */
    static String all(OpenSearchLocation where) {
        return String.join(",", ALL.stream().map(where::indexOf).toList());
    }

    private static JsonNode mapping(Cluster cluster, String kind) {
        String resource = "mappings/" + kind + ".json";
        try (InputStream in = Indices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("the OpenSearch store's mapping " + resource + " is missing from its jar");
            }
            return cluster.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
