package org.dossier.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.HttpHost;
import org.dossier.store.StoreException;
import org.dossier.store.json.RecordJson;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The HTTP conversation with one OpenSearch cluster: JSON requests in, JSON trees out, and every
 * failure turned into a {@link StoreException} that names the store location and what the cluster
 * said. Uses the official client's generic API over its Apache HttpClient 5 transport, so requests
 * read like the REST API documentation. Thread-safe.
 */
final class Cluster implements AutoCloseable {
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    /**
     * Bulk requests stay well under OpenSearch's default 100 MB request limit (8 MB unless the
     * system property {@code dossier.opensearch.bulkBytes} says otherwise; the tests make it small so
     * that every batch spans several requests).
     */
    static final int BULK_BYTES = Integer.getInteger("dossier.opensearch.bulkBytes", 8 << 20);

    private final OpenSearchLocation where;
    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient client;
    private final ObjectMapper mapper = RecordJson.objectMapper();

    Cluster(OpenSearchLocation where) {
        this.where = where;
        this.transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost("http", where.host(), where.port()))
                .build();
        this.client = new OpenSearchGenericClient(transport);
    }

    /** The mapper documents are built and read with. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** Sends a request with a JSON body (or none) and returns the answer; HTTP errors throw. */
    JsonNode send(String method, String endpoint, Object body) {
        return send(method, endpoint, body, false).orElseThrow();
    }

    /** Like {@link #send} but a 404 answer is empty rather than an error. */
    Optional<JsonNode> sendAllowingMissing(String method, String endpoint, Object body) {
        return send(method, endpoint, body, true);
    }

    /**
     * Sends action and source lines as bulk requests of at most {@link #BULK_BYTES} each (a delete
     * is one line, the others two); fails on the first item the cluster refused.
     */
    void bulk(List<Object> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < lines.size(); i++) {
                int before = out.size();
                mapper.writeValue(out, lines.get(i));
                out.write('\n');
                boolean pair = !((JsonNode) lines.get(i)).has("delete");
                if (pair) {
                    mapper.writeValue(out, lines.get(++i));
                    out.write('\n');
                }
                if (out.size() >= BULK_BYTES && before > 0) {
                    byte[] all = out.toByteArray();
                    sendBulk(java.util.Arrays.copyOf(all, before));
                    out.reset();
                    out.write(all, before, all.length - before);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() > 0) {
            sendBulk(out.toByteArray());
        }
    }

    private void sendBulk(byte[] ndjson) {
        JsonNode answer = exchange("POST", "/_bulk", Body.from(ndjson, NDJSON), false).orElseThrow();
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().next();
                if (result.has("error")) {
                    throw new StoreException("OpenSearch refused part of a batch for " + where.location() + ": "
                            + result.path("_index").asText() + "/" + result.path("_id").asText() + ": "
                            + result.path("error").path("reason").asText(result.path("error").toString()));
                }
            }
        }
    }

    private Optional<JsonNode> send(String method, String endpoint, Object body, boolean missingIsEmpty) {
        Body payload = null;
        if (body != null) {
            try {
                payload = Body.from(mapper.writeValueAsBytes(body), JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exchange(method, endpoint, payload, missingIsEmpty);
    }

    private Optional<JsonNode> exchange(String method, String endpoint, Body body, boolean missingIsEmpty) {
        var request = Requests.builder().method(method).endpoint(endpoint).query(Map.of());
        if (body != null) {
            request.body(body);
        }
        try (Response response = client.execute(request.build())) {
            byte[] bytes = response.getBody().map(Body::bodyAsBytes).orElse(new byte[0]);
            if (response.getStatus() == 404 && missingIsEmpty) {
                return Optional.empty();
            }
            JsonNode tree = bytes.length == 0 ? mapper.createObjectNode() : mapper.readTree(bytes);
            if (response.getStatus() >= 300) {
                throw new StoreException("OpenSearch at " + where.host() + ":" + where.port() + " answered "
                        + response.getStatus() + " to " + method + " " + endpoint + " for store " + where.location()
                        + ": " + reason(tree));
            }
            return Optional.of(tree);
        } catch (ResponseException e) {
            if (e.status() == 404 && missingIsEmpty) {
                return Optional.empty();
            }
            throw new StoreException("OpenSearch at " + where.host() + ":" + where.port() + " answered " + e.status()
                    + " to " + method + " " + endpoint + " for store " + where.location() + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new StoreException("cannot reach OpenSearch at " + where.host() + ":" + where.port() + " for store "
                    + where.location() + ": " + e.getMessage(), e);
        }
    }

    /** The transport's message repeats the request line and then the body; the body says why. */
    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int body = m.indexOf('{');
        return body >= 0 ? m.substring(body) : m;
    }

    private static String reason(JsonNode tree) {
        JsonNode error = tree.path("error");
        JsonNode root = error.path("root_cause").path(0);
        if (root.has("reason")) {
            return root.path("type").asText() + ": " + root.path("reason").asText();
        }
        return error.isMissingNode() ? tree.toString() : error.path("reason").asText(error.toString());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the connection to " + where.location() + ": " + e.getMessage(), e);
        }
    }
}
