package org.dossier.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 description of the API, built from the same {@link Route} records the server
 * registers. Every operation documents the JSON error shape; write operations the bearer token.
 */
public final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    public static ObjectNode describe(List<Route> routes, String version) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Dossier API");
        info.put("version", version);
        info.put("description", "Stories, their dossiers, articles, entities, quotes and search over a Dossier"
                + " store; ingestion of pages and WARC files. Errors are JSON: {status, code, message}.");
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("writeToken")
                .put("type", "http").put("scheme", "bearer")
                .put("description", "The token given to (or printed by) dossier serve at start.");
        ObjectNode error = components.putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putArray("required").add("status").add("code").add("message");
        ObjectNode props = error.putObject("properties");
        props.putObject("status").put("type", "integer");
        props.putObject("code").put("type", "string").put("description", "machine-readable, e.g. not-found");
        props.putObject("message").put("type", "string");
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            path.set(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        return doc;
    }

    private static ObjectNode operation(Route r) {
        ObjectNode op = JSON.createObjectNode();
        op.put("summary", r.summary());
        op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path()
                .replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+(.)?", "_$1").replaceAll("_$", ""));
        ArrayNode params = op.putArray("parameters");
        for (Route.Param p : r.params()) {
            ObjectNode n = params.addObject();
            n.put("name", p.name());
            n.put("in", p.in().name().toLowerCase(Locale.ROOT));
            n.put("required", p.required());
            n.put("description", p.description());
            n.putObject("schema").put("type", p.type());
        }
        if (r.write()) {
            op.putArray("security").addObject().putArray("writeToken");
            ObjectNode content = op.putObject("requestBody").put("required", true).put("description", r.body())
                    .putObject("content");
            content.putObject("multipart/form-data").putObject("schema").put("type", "object")
                    .putObject("properties").putObject("file").put("type", "array")
                    .putObject("items").put("type", "string").put("format", "binary");
            content.putObject("application/octet-stream").putObject("schema").put("type", "string")
                    .put("format", "binary");
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
        ObjectNode err = responses.putObject("default").put("description", "an error: " + errorsOf(r));
        err.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/Error");
        return op;
    }

    private static String errorsOf(Route r) {
        StringBuilder s = new StringBuilder("400 bad-parameter");
        if (r.path().contains("{")) {
            s.append(", 404 not-found");
        }
        if (r.write()) {
            s.append(", 400 bad-upload, 401 unauthorized, 413 too-large, 415 unsupported-media-type, 503 store-busy"
                    + " (another process writes the store; Retry-After)");
        }
        return s.append(", 503 busy (workers and queue full; Retry-After)").toString();
    }
}
