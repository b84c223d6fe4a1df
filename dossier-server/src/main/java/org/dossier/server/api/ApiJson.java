package org.dossier.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Timestamp;
import org.dossier.output.JsonLines;

/**
 * Writes a JSON response with a streaming generator, so field names and order are the contract's
 * (the same {@link org.dossier.output.ContractJson} the dossier files use).
 */
public final class ApiJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ApiJson() {
    }

    /** Answers with one JSON object whose fields {@code body} writes. */
    public static void respond(Context ctx, JsonLines.JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator j = FACTORY.createGenerator(out)) {
            j.writeStartObject();
            body.write(j);
            j.writeEndObject();
        }
        ctx.contentType("application/json; charset=utf-8").result(out.toByteArray());
    }

    /** An array field of objects, each written by {@code fields}. */
    public static <T> void array(JsonGenerator j, String name, List<T> items, JsonLines.Fields<T> fields)
            throws IOException {
        j.writeArrayFieldStart(name);
        for (T t : items) {
            j.writeStartObject();
            fields.write(j, t);
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    /** An article's metadata in the contract's field names, without the body. */
    public static void metadata(JsonGenerator j, ArticleMetadata m) throws IOException {
        optional(j, "url", m.url());
        optional(j, "outlet", m.outlet());
        optional(j, "title", m.title());
        optional(j, "subtitle", m.subtitle());
        optional(j, "section", m.section());
        j.writeArrayFieldStart("authors");
        for (String a : m.authors()) {
            j.writeString(a);
        }
        j.writeEndArray();
        optional(j, "published", m.published().map(Timestamp::iso));
        optional(j, "language", m.language());
    }

    public static void optional(JsonGenerator j, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            j.writeStringField(name, value.get());
        } else {
            j.writeNullField(name);
        }
    }

    /** {@code "total", "offset", "limit"} of a paged list. */
    public static void paging(JsonGenerator j, long total, int offset, int limit) throws IOException {
        j.writeNumberField("total", total);
        j.writeNumberField("offset", offset);
        j.writeNumberField("limit", limit);
    }
}
