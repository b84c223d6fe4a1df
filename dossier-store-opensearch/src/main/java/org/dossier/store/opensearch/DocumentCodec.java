package org.dossier.store.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Claim;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;
import org.dossier.store.CommitInfo;
import org.dossier.store.StoredArticle;

/**
 * The store's records as OpenSearch documents and back. Each document carries the fields searches
 * filter, rank and count on, and the record itself under {@code doc} (not indexed) as the shared store
 * JSON writes it, so what is read back is the record that was stored, validated again by its
 * constructor.
 */
final class DocumentCodec {
    private final ObjectMapper mapper;

    DocumentCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The fields an article and its quotes share for filtering. */
    record ArticleFields(String outlet, String language, String published, String day, String month,
                         Collection<String> people, Collection<String> organizations, Collection<String> places) {
    }

    ArticleFields articleFields(ArticleMetadata m, Collection<String> people, Collection<String> organizations,
                                Collection<String> places) {
        String published = m.published().map(DocumentCodec::instant).orElse(null);
        String day = m.published().map(t -> t.startDate().toString()).orElse(null);
        String month = day == null ? null : day.substring(0, 7);
        return new ArticleFields(m.outlet().orElse(null), m.language().orElse(null), published, day, month,
                people, organizations, places);
    }

    ObjectNode article(AnalysedArticle analysed, List<DateMention> anchored, Optional<String> story,
                       Optional<float[]> embedding, ArticleFields f, long commit) {
        ArticleMetadata m = analysed.article().metadata();
        ObjectNode d = mapper.createObjectNode();
        d.put("id", analysed.article().id());
        d.put("commit", commit);
        m.title().ifPresent(t -> d.put("title", t));
        m.subtitle().ifPresent(t -> d.put("subtitle", t));
        d.put("body", analysed.body());
        putFields(d, f, true);
        story.ifPresent(s -> d.put("story", s));
        embedding.ifPresent(v -> {
            d.put("embedding_dim", v.length);
            d.put("embedding", Base64.getEncoder().encodeToString(bytes(v)));
        });
        d.set("metadata", mapper.valueToTree(m));
        ObjectNode doc = d.putObject("doc");
        doc.set("analysed", mapper.valueToTree(analysed));
        doc.set("anchoredDates", mapper.valueToTree(anchored));
        return d;
    }

    StoredArticle storedArticle(JsonNode source) {
        JsonNode doc = source.path("doc");
        AnalysedArticle analysed = read(doc.path("analysed"), AnalysedArticle.class);
        List<DateMention> anchored = mapper.convertValue(doc.path("anchoredDates"), new TypeReference<List<DateMention>>() {
        });
        Optional<float[]> embedding = Optional.empty();
        if (source.path("embedding").isTextual()) {
            embedding = Optional.of(floats(Base64.getDecoder().decode(source.path("embedding").asText())));
        }
        return new StoredArticle(analysed, anchored, text(source, "story"), embedding);
    }

    ObjectNode quote(String article, Quote quote, String body, ArticleMetadata metadata, ArticleFields f, long commit) {
        ObjectNode d = mapper.createObjectNode();
        d.put("id", quote.id(article));
        d.put("commit", commit);
        d.put("article", article);
        d.put("text", quote.text(body));
        quote.speaker().ifPresent(s -> {
            d.put("speaker_name", s.name());
            s.entity().ifPresent(e -> d.put("speaker_entity", e));
        });
        putFields(d, f, false);
        d.set("metadata", mapper.valueToTree(metadata));
        d.set("doc", mapper.valueToTree(quote));
        return d;
    }

    ObjectNode entity(Entity e, long commit) {
        ObjectNode d = mapper.createObjectNode();
        d.put("id", e.id());
        d.put("commit", commit);
        d.put("type", e.type().name());
        d.put("name", e.name());
        ArrayNode articles = d.putArray("articles");
        e.mentions().stream().map(x -> x.article()).distinct().forEach(articles::add);
        d.set("doc", mapper.valueToTree(e));
        return d;
    }

    ObjectNode story(Story s, List<Claim> claims, List<TimelineEntry> timeline, long commit) {
        ObjectNode d = mapper.createObjectNode();
        d.put("id", s.id());
        d.put("commit", commit);
        d.put("title", s.title());
        ArrayNode articles = d.putArray("articles");
        s.articles().forEach(articles::add);
        s.firstSeen().ifPresent(t -> d.put("first_seen", instant(t)));
        s.lastSeen().ifPresent(t -> d.put("last_seen", instant(t)));
        d.put("claim_count", claims.size());
        d.set("doc", mapper.valueToTree(s));
        d.set("claims", mapper.valueToTree(claims));
        d.set("timeline", mapper.valueToTree(timeline));
        return d;
    }

    List<Claim> claims(JsonNode storySource) {
        return mapper.convertValue(storySource.path("claims"), new TypeReference<List<Claim>>() {
        });
    }

    List<TimelineEntry> timeline(JsonNode storySource) {
        return mapper.convertValue(storySource.path("timeline"), new TypeReference<List<TimelineEntry>>() {
        });
    }

    /** Reuse is kept once per pair of articles, whichever way round the batch names them. */
    static String reuseId(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    ObjectNode reuse(Reuse r, long commit) {
        ObjectNode d = mapper.createObjectNode();
        d.put("commit", commit);
        d.putArray("articles").add(r.a()).add(r.b());
        d.set("doc", mapper.valueToTree(r));
        return d;
    }

    ObjectNode commit(CommitInfo c) {
        ObjectNode d = mapper.createObjectNode();
        d.put("sequence", c.sequence());
        d.put("time", c.time().toString());
        ObjectNode doc = d.putObject("doc");
        doc.put("label", c.label());
        doc.put("articles", c.articles());
        doc.put("newArticles", c.newArticles());
        doc.put("stories", c.stories());
        return d;
    }

    CommitInfo commitInfo(JsonNode source) {
        JsonNode doc = source.path("doc");
        return new CommitInfo(source.path("sequence").asLong(), Instant.parse(source.path("time").asText()),
                doc.path("label").asText(), doc.path("articles").asInt(), doc.path("newArticles").asInt(),
                doc.path("stories").asInt());
    }

    <T> T read(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new org.dossier.store.StoreException("a stored " + type.getSimpleName()
                    + " in OpenSearch does not read back: " + e.getMessage(), e);
        }
    }

    static Optional<String> text(JsonNode source, String field) {
        JsonNode v = source.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /**
     * An embedding as binary doc values: 4 bytes per dimension, big-endian IEEE floats, which the
     * cosine script reads column-wise without parsing the document's JSON.
     */
    static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }

    /** A timestamp as a point in time for sorting: offsets honoured, local times read as UTC. */
    static String instant(Timestamp t) {
        return switch (t.value()) {
            case OffsetDateTime o -> o.toInstant().toString();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC).toString();
            default -> t.startDate().atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        };
    }

    private static void putFields(ObjectNode d, ArticleFields f, boolean withMonth) {
        if (f.outlet() != null) {
            d.put("outlet", f.outlet());
        }
        if (f.language() != null) {
            d.put("language", f.language());
        }
        if (f.published() != null) {
            d.put("published", f.published());
            d.put("day", f.day());
            if (withMonth) {
                d.put("month", f.month());
            }
        }
        ArrayNode people = d.putArray("people");
        f.people().forEach(people::add);
        ArrayNode organizations = d.putArray("organizations");
        f.organizations().forEach(organizations::add);
        ArrayNode places = d.putArray("places");
        f.places().forEach(places::add);
    }
}
