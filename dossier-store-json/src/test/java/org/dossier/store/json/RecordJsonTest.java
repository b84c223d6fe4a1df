package org.dossier.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.BriefingSentence;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.DateMention;
import org.dossier.model.Direction;
import org.dossier.model.Duplicate;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Framing;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Passage;
import org.dossier.model.Problem;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.model.Reuse;
import org.dossier.model.ReuseKind;
import org.dossier.model.Said;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.StoryBriefing;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;
import org.dossier.model.Voice;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static final String FIRST = "Mayor Ada Quill said on Tuesday that the bridge would reopen in May 2025.";
    private static final String SECOND = "\u201cWe are nearly there,\u201d Quill said.";

    static AnalysedArticle article() {
        ArticleMetadata meta = new ArticleMetadata(Optional.of("https://example.org/bridge"), Optional.of("Example Post"),
                Optional.of("Bridge to reopen"), Optional.empty(), Optional.of("Local"), List.of("Tom Ink"),
                Optional.of(Timestamp.of(OffsetDateTime.parse("2024-04-19T12:32+02:00"))), Optional.of("en"));
        Article a = Article.of("0123456789abcdef", "pages/bridge.html", meta,
                List.of(new Paragraph(FIRST), new Paragraph(SECOND)),
                List.of(new Problem("extract", "no-date", "the page gives no date")));
        String body = a.body();
        int q = body.indexOf("We are");
        Span content = new Span(q, q + "We are nearly there,".length());
        int said = body.lastIndexOf("said");
        int quill = body.lastIndexOf("Quill");
        Quote quote = new Quote(QuoteKind.DIRECT, content, Optional.of(new Span(said, said + 4)),
                Optional.of(new Speaker(new Span(quill, quill + 5), "Ada Quill", Optional.of(new Span(6, 15)),
                        Optional.of("aaaabbbbccccdddd"))));
        int may = body.indexOf("May 2025");
        return new AnalysedArticle(a, List.of(), List.of(),
                List.of(Mention.of(body, new Span(6, 15), EntityType.PERSON).withRole(new Span(0, 5))),
                List.of(new DateMention(new Span(may, may + 8), "May 2025", Timestamp.of(YearMonth.of(2025, 5)))),
                List.of(quote));
    }

    @Test
    void anAnalysedArticleReadsBackEqual() {
        AnalysedArticle a = article();
        byte[] json = RecordJson.write(a);
        assertEquals(a, RecordJson.read(json, AnalysedArticle.class));
        // the body is rebuilt from the paragraphs, not stored twice
        assertFalse(new String(json, StandardCharsets.UTF_8).contains("\"body\""));
    }

    @Test
    void crossArticleRecordsReadBackEqual() {
        Entity e = new Entity("aaaabbbbccccdddd", EntityType.PERSON, "Ada Quill", List.of("Ada Quill", "Quill"),
                List.of("Mayor"), List.of(EntityMention.inBody("0123456789abcdef", new Span(6, 15), "Ada Quill"),
                new EntityMention("0123456789abcdef", Optional.empty(), "Ada Quill", "authors")));
        assertEquals(e, RecordJson.read(RecordJson.write(e), Entity.class));
        Story s = new Story("0123456789abcdef", "Bridge to reopen", List.of("0123456789abcdef", "fedcba9876543210"),
                Optional.of(Timestamp.of(LocalDate.of(2024, 4, 19))), Optional.empty());
        assertEquals(s, RecordJson.read(RecordJson.write(s), Story.class));
        SourceSpan src = new SourceSpan("0123456789abcdef", new Span(0, 20));
        List<Claim> claims = List.of(new Claim(s.id(), "the bridge would reopen in May", List.of(src), 1,
                List.of(new Conflict(new SourceSpan("fedcba9876543210", new Span(3, 9)), "in June", "gives June"))));
        assertEquals(claims, RecordJson.read(RecordJson.write(claims), new TypeReference<List<Claim>>() { }));
        Reuse r = new Reuse("0123456789abcdef", "fedcba9876543210", ReuseKind.NEAR_COPY,
                List.of(new Passage(new Span(0, 10), new Span(5, 15), 2, 0.5)), 0.75, Direction.PUBLISHED);
        assertEquals(r, RecordJson.read(RecordJson.write(r), Reuse.class));
    }

    @Test
    void whatTheSparkJobShipsBetweenJvmsReadsBackEqual() {
        Rejection r = Rejection.of("crawl.warc.gz#1234", RejectCode.MALFORMED, "the record is truncated");
        assertEquals(r, RecordJson.read(RecordJson.write(r), Rejection.class));
        Duplicate d = new Duplicate("copy/bridge.html", "0123456789abcdef", "pages/bridge.html");
        assertEquals(d, RecordJson.read(RecordJson.write(d), Duplicate.class));
        List<Quote> quotes = article().quotes();
        assertEquals(quotes, RecordJson.read(RecordJson.write(quotes), new TypeReference<List<Quote>>() { }));
        ArticleDate settled = new ArticleDate("0123456789abcdef", article().dates().get(0));
        assertEquals(settled, RecordJson.read(RecordJson.write(settled), ArticleDate.class));
        SourceSpan src = new SourceSpan("0123456789abcdef", new Span(0, 20));
        List<TimelineEntry> timeline = List.of(new TimelineEntry("fedcba9876543210", Timestamp.of(YearMonth.of(2025, 5)),
                "the bridge reopens", List.of(src)));
        assertEquals(timeline, RecordJson.read(RecordJson.write(timeline), new TypeReference<List<TimelineEntry>>() { }));
        List<Framing> framing = List.of(new Framing("fedcba9876543210", "Example Post", List.of("0123456789abcdef"),
                List.of(new Framing.Term("slammed", "conflict", List.of(src))),
                List.of(new Framing.Voice("Ada Quill", Optional.of("aaaabbbbccccdddd"), 1, 0))));
        assertEquals(framing, RecordJson.read(RecordJson.write(framing), new TypeReference<List<Framing>>() { }));
    }

    @Test
    void aBriefingReadsBackEqualWithItsCitationNumbers() {
        Article source = article().article();
        Story s = new Story("fedcba9876543210", "Bridge to reopen", List.of(source.id()),
                Optional.of(Timestamp.of(LocalDate.of(2024, 4, 19))), Optional.empty());
        SourceSpan src = new SourceSpan(source.id(), new Span(0, 20));
        StoryBriefing b = new StoryBriefing(s,
                List.of(new BriefingSentence("The bridge reopens in May.", List.of(source.id()), BriefingSentence.Basis.LEAD)),
                List.of(new TimelineEntry(s.id(), Timestamp.of(YearMonth.of(2025, 5)), "the bridge reopens", List.of(src))),
                List.of(new Voice("Ada Quill", Optional.of("aaaabbbbccccdddd"), List.of("Mayor"),
                        List.of(new Said(QuoteKind.DIRECT, "We are nearly there,", List.of(src))))),
                List.of(), List.of(new Claim(s.id(), "the bridge would reopen in May", List.of(src), 1, List.of())),
                List.of(source));
        StoryBriefing back = RecordJson.read(RecordJson.write(b), StoryBriefing.class);
        assertEquals(b, back);
        assertEquals(1, back.citation(source.id()));
    }

    @Test
    void datesAreTheirIsoText() {
        record Day(LocalDate day, Optional<LocalDate> maybe) {
        }
        Day d = new Day(LocalDate.of(2024, 4, 19), Optional.empty());
        byte[] json = RecordJson.write(d);
        assertEquals("{\"day\":\"2024-04-19\",\"maybe\":null}", new String(json, StandardCharsets.UTF_8));
        assertEquals(d, RecordJson.read(json, Day.class));
    }

    @Test
    void aDamagedRecordFailsWithTheRecordsOwnMessage() {
        byte[] bad = "{\"id\":\"XYZ\",\"source\":\"s\",\"metadata\":{},\"paragraphs\":[{\"text\":\"a\"}],\"problems\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordJson.read(bad, Article.class));
        assertFalse(e.getMessage().isBlank());
    }
}
