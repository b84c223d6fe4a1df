package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.cluster.StoryConfig;
import org.dossier.cluster.StoryInput;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Timestamp;
import org.dossier.pipeline.CrossArticle;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.reuse.PairComparer;
import org.dossier.reuse.ReuseConfig;
import org.dossier.store.json.RecordJson;
import org.dossier.story.StoryMaterial;
import org.junit.jupiter.api.Test;

/**
 * Every record the job moves between JVMs that is not the model's alone (the model's are in
 * {@code RecordJsonTest}) comes back through {@link RecordJson} as it went: the digest the driver
 * plans from, an article's embeddings, its share of the plan, a story member, a side of a pair.
 * Records holding arrays are compared as JSON trees, and their arrays bit for bit.
 */
class ShippedRecordsTest {
    private static final String FIRST = "Mayor Ana Ortiz said the bridge would open in May.";
    private static final String SECOND = "\u201cWe are nearly there,\u201d Ortiz said on Tuesday.";

    private static AnalysedArticle article() {
        ArticleMetadata meta = new ArticleMetadata(Optional.of("https://news.example/bridge"), Optional.empty(),
                Optional.of("Bridge to open"), Optional.empty(), Optional.empty(), List.of("Kim Lee"),
                Optional.of(Timestamp.of(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"))), Optional.of("en"));
        Article a = Article.of("0123456789abcdef", "pages/bridge.html", meta,
                List.of(new Paragraph(FIRST), new Paragraph(SECOND)), List.of(new Problem("nlp", "cut", "cut for length")));
        String body = a.body();
        Span name = new Span(6, 15);
        int q = body.indexOf("We are");
        int said = body.lastIndexOf("said");
        int ortiz = body.lastIndexOf("Ortiz");
        Quote quote = new Quote(QuoteKind.DIRECT, new Span(q, q + "We are nearly there,".length()),
                Optional.of(new Span(said, said + 4)),
                Optional.of(new Speaker(new Span(ortiz, ortiz + 5), "Ana Ortiz", Optional.empty(), Optional.of("e1"))));
        int may = body.indexOf("May");
        return new AnalysedArticle(a, List.of(), List.of(),
                List.of(Mention.of(body, name, EntityType.PERSON).withRole(new Span(0, 5))),
                List.of(new DateMention(new Span(may, may + 3), "May", Timestamp.of(YearMonth.of(2024, 5)))),
                List.of(quote));
    }

    private static SentenceEmbeddings embeddings(Article a) {
        return new SentenceEmbeddings(a.id(), List.of(new Span(0, FIRST.length())),
                new float[][] {{0.6f, -0.8f, 1e-7f, (float) (1 / Math.sqrt(3))}});
    }

    private static JsonNode tree(Object value) throws IOException {
        return RecordJson.objectMapper().readTree(RecordJson.write(value));
    }

    @Test
    void aDigestWithItsFingerprintTermsAndLeadComesBackAsItWent() throws IOException {
        AnalysedArticle a = article();
        ProvenanceStage.Features plain = new ProvenanceStage(Optional.empty(), ReuseConfig.DEFAULT, StoryConfig.DEFAULT)
                .features(a);
        SentenceEmbeddings emb = embeddings(a.article());
        ProvenanceStage.Features f = new ProvenanceStage.Features(plain.fingerprint(), Optional.of(emb),
                StoryInput.of(a.article(), a.sentenceSpans(), Optional.of(emb), Set.of("e1")));
        CrossArticle.Digest digest = CrossArticle.digest(a, f);

        CrossArticle.Digest back = RecordJson.read(RecordJson.write(digest), CrossArticle.Digest.class);
        assertEquals(tree(digest), tree(back));
        assertEquals(digest.entities(), back.entities());
        assertEquals(digest.quotes(), back.quotes());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), back.day());
        assertArrayEquals(digest.provenance().fingerprint().minHash(), back.provenance().fingerprint().minHash());
        assertArrayEquals(digest.provenance().fingerprint().winnowed(), back.provenance().fingerprint().winnowed());
        assertArrayEquals(digest.provenance().story().terms().terms(), back.provenance().story().terms().terms());
        assertArrayEquals(digest.provenance().story().terms().counts(), back.provenance().story().terms().counts());
        assertArrayEquals(digest.provenance().story().lead().orElseThrow(), back.provenance().story().lead().orElseThrow());
    }

    @Test
    void embeddingsComeBackBitForBit() {
        Optional<SentenceEmbeddings> emb = Optional.of(embeddings(article().article()));
        Optional<SentenceEmbeddings> back = RecordJson.read(RecordJson.write(emb),
                new TypeReference<Optional<SentenceEmbeddings>>() { });
        assertEquals(emb.get().sentences(), back.orElseThrow().sentences());
        assertArrayEquals(emb.get().vectors()[0], back.get().vectors()[0]);
        assertEquals(Optional.empty(), RecordJson.read(RecordJson.write(Optional.empty()),
                new TypeReference<Optional<SentenceEmbeddings>>() { }));
    }

    @Test
    void aShareAMemberAndASideComeBackAsTheyWent() throws IOException {
        AnalysedArticle a = article();
        Entity ortiz = new Entity("e1", EntityType.PERSON, "Ana Ortiz", List.of("Ana Ortiz", "Ortiz"), List.of("Mayor"),
                List.of(EntityMention.inBody(a.article().id(), new Span(6, 15), "Ana Ortiz")));
        List<StoryMaterial.EntitySpan> spans = List.of(new StoryMaterial.EntitySpan(new Span(6, 15), "e1"));
        CrossArticle.Share share = new CrossArticle.Share(3, 1, a.quotes(), spans, List.of(ortiz),
                Optional.of(new CrossArticle.Days(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 2))));
        assertEquals(share, RecordJson.read(RecordJson.write(share), CrossArticle.Share.class));

        StoryMaterial.Member member = new StoryMaterial.Member(a, a.quotes(), spans, a.dates());
        assertEquals(member, RecordJson.read(RecordJson.write(member), StoryMaterial.Member.class));

        PairComparer.Side side = new PairComparer.Side(a.article(), Optional.of(embeddings(a.article())));
        PairComparer.Side back = RecordJson.read(RecordJson.write(side), PairComparer.Side.class);
        assertEquals(side.article(), back.article());
        assertEquals(tree(side), tree(back));
    }
}
