package org.dossier.store.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.dossier.model.Timestamp;

/**
 * Model records to JSON bytes and back. Timestamps are their ISO-8601 text; an article's body is
 * not written (it is its paragraphs joined) and is rebuilt on reading. Unknown fields are ignored,
 * so records stored by a later version that added fields still read. Thread-safe.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = mapper();

    private RecordJson() {
    }

    /** The record (or list or map of records) as UTF-8 JSON. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored " + type.getSimpleName() + " does not read back: " + e.getMessage(), e);
        }
    }

    /** Reads what {@link #write} wrote, for generic types ({@code List<Claim>}). */
    public static <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored " + type.getType() + " does not read back: " + e.getMessage(), e);
        }
    }

    /** The configured mapper, for backends that hand JSON trees to a client library. */
    public static ObjectMapper objectMapper() {
        return MAPPER;
    }

    private static ObjectMapper mapper() {
        SimpleModule model = new SimpleModule("dossier-model");
        model.addSerializer(Timestamp.class, new JsonSerializer<>() {
            @Override
            public void serialize(Timestamp t, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(t.iso());
            }
        });
        model.addDeserializer(Timestamp.class, new JsonDeserializer<>() {
            @Override
            public Timestamp deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Timestamp.parse(p.getValueAsString());
            }
        });
        model.setMixInAnnotation(Article.class, ArticleMixin.class);
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(model)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The body is its paragraphs joined: not written, rebuilt by {@link Article#of}. */
    abstract static class ArticleMixin {
        @JsonIgnore
        abstract String body();

        @JsonCreator
        static Article of(@JsonProperty("id") String id, @JsonProperty("source") String source,
                          @JsonProperty("metadata") ArticleMetadata metadata,
                          @JsonProperty("paragraphs") List<Paragraph> paragraphs,
                          @JsonProperty("problems") List<Problem> problems) {
            throw new UnsupportedOperationException("a mixin; Jackson calls Article.of");
        }
    }
}
