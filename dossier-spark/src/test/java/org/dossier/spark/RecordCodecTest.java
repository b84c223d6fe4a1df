package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Timestamp;
import org.dossier.model.Token;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    private static final String BODY = "Mayor Ana Ortiz said the bridge would open in May.";

    private static AnalysedArticle article() {
        ArticleMetadata meta = new ArticleMetadata(Optional.of("https://news.example/bridge"), Optional.empty(),
                Optional.of("Bridge to open"), Optional.empty(), Optional.empty(), List.of("Kim Lee"),
                Optional.of(Timestamp.of(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"))), Optional.of("en"));
        Article a = new Article("0123456789abcdef", "pages/bridge.html", meta, List.of(new Paragraph(BODY)), BODY,
                List.of(new Problem("nlp", "cut", "cut for length")));
        Span name = new Span(6, 15);
        Quote q = new Quote(QuoteKind.INDIRECT, new Span(21, 50), Optional.of(new Span(16, 20)),
                Optional.of(new Speaker(name, "Ana Ortiz", Optional.empty(), Optional.of("e1"))));
        return new AnalysedArticle(a, List.of(Token.untagged(new Span(0, 5), BODY.substring(0, 5)), Token.untagged(new Span(6, 9), BODY.substring(6, 9))),
                List.of(new Sentence(new Span(0, BODY.length()), 0, 2)),
                List.of(Mention.of(BODY, name, EntityType.PERSON)),
                List.of(new DateMention(new Span(46, 49), "May", Timestamp.of(java.time.YearMonth.of(2024, 5)))),
                List.of(q));
    }

    @Test
    void anAnalysedArticleComesBackEqualToWhatWasEncoded() {
        AnalysedArticle original = article();
        AnalysedArticle back = RecordCodec.decode(RecordCodec.encode(original), AnalysedArticle.class);
        assertEquals(original, back);
        assertEquals(Optional.empty(), back.article().metadata().outlet());
        assertEquals("Ana Ortiz", back.quotes().get(0).speaker().orElseThrow().name());
    }

    @Test
    void aRejectionAndPlainCollectionsComeBack() {
        Rejection r = Rejection.of("crawl.warc.gz#1234", RejectCode.MALFORMED, "the record is truncated");
        assertEquals(r, RecordCodec.decode(RecordCodec.encode(r), Rejection.class));
        Map<String, Set<String>> keys = Map.of("a", Set.of("x", "y"), "b", Set.of());
        assertEquals(keys, RecordCodec.decode(RecordCodec.encode(keys), Map.class));
    }

    @Test
    void aValueThatIsNeitherARecordNorSerializableIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.encode(List.of(new Object())));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test
    void decodingBytesOfAnotherTypeFailsClearly() {
        byte[] bytes = RecordCodec.encode(Rejection.of("x", RejectCode.EMPTY, "empty"));
        assertThrows(ClassCastException.class, () -> RecordCodec.decode(bytes, AnalysedArticle.class));
    }
}
