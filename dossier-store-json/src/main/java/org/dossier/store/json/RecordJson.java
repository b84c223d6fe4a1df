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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.dossier.model.Timestamp;

/**
 * Records to JSON bytes and back: the model's, and any record made of them, of strings, numbers,
 * enums, arrays, lists, sets, maps and {@code Optional}s (what the stages hand each other). The one
 * codec for whole records: the stores keep them with it and the Spark job moves them between JVMs
 * with it. Reading goes through each record's canonical constructor, so its checks run again.
 * Timestamps and dates are their ISO-8601 text; an article's body is not written (it is its
 * paragraphs joined) and is rebuilt on reading. Unknown fields are ignored, so records stored by a
 * later version that added fields still read. Thread-safe.
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
        asText(model, Timestamp.class, Timestamp::iso, Timestamp::parse);
        asText(model, LocalDate.class, LocalDate::toString, LocalDate::parse);
        model.setMixInAnnotation(Article.class, ArticleMixin.class);
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(model)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Values of {@code type} as a JSON string: {@code write} makes it, {@code read} reads it back. */
    private static <T> void asText(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return read.apply(p.getValueAsString());
            }
        });
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
