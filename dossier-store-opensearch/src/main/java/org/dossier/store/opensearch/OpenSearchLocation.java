package org.dossier.store.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.dossier.store.StoreException;

/**
 * Where an OpenSearch store lives, parsed from {@code opensearch://host:port/index}: the node to talk
 * to over HTTP and the name that prefixes the store's indices ({@code index-articles},
 * {@code index-quotes}, ...). Optional query parameters {@code shards} and {@code replicas} set how
 * new indices are laid out (defaults 1 and 0, right for one node).
 *
 * @param location the location as the user wrote it
 * @param host     the node's host name or address
 * @param port     the node's HTTP port
 * @param index    the store's name, lower case letters, digits, '-' and '_'
 * @param shards   primary shards of each new index
 * @param replicas replicas of each new index
 */
public record OpenSearchLocation(String location, String host, int port, String index, int shards, int replicas) {

    /** The port OpenSearch listens on by default. */
    public static final int DEFAULT_PORT = 9200;

    public OpenSearchLocation {
        if (host == null || host.isBlank()) {
            throw new StoreException("no host in store location " + location);
        }
        if (port < 1 || port > 65535) {
            throw new StoreException("port " + port + " is out of range in store location " + location);
        }
        if (index == null || !index.matches("[a-z0-9][a-z0-9_-]{0,200}")) {
            throw new StoreException("index name '" + index + "' in " + location
                    + " must be lower case letters, digits, '-' or '_', starting with a letter or digit");
        }
        if (shards < 1 || replicas < 0) {
            throw new StoreException("shards must be at least 1 and replicas at least 0 in " + location);
        }
    }

    /**
     * Parses {@code opensearch://host[:port]/index[?shards=N&replicas=N]}.
     *
     * @throws StoreException naming the location and what is wrong with it
     */
    public static OpenSearchLocation parse(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException("store location " + location + " is not a URI: " + e.getMessage());
        }
        if (!"opensearch".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new StoreException("store location " + location + " is not opensearch://host:port/index");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new StoreException("store location " + location
                    + " needs exactly one index name after the host, as in opensearch://localhost:9200/news");
        }
        int shards = 1;
        int replicas = 0;
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                switch (kv[0]) {
                    case "shards" -> shards = number(kv, location);
                    case "replicas" -> replicas = number(kv, location);
                    default -> throw new StoreException("unknown parameter '" + kv[0] + "' in store location "
                            + location + " (known: shards, replicas)");
                }
            }
        }
        return new OpenSearchLocation(location, uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path, shards, replicas);
    }

    /** The name of the index holding one kind of record, e.g. {@code news-articles}. */
    public String indexOf(String kind) {
        return index + "-" + kind;
    }

    private static int number(String[] kv, String location) {
        try {
            return Integer.parseInt(kv.length > 1 ? kv[1] : "");
        } catch (NumberFormatException e) {
            throw new StoreException("parameter " + kv[0] + " in store location " + location + " must be a whole number");
        }
    }
}
