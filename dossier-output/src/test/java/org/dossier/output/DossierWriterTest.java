package org.dossier.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.dossier.model.DossierResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Framing;
import org.dossier.model.Paragraph;
import org.dossier.model.Passage;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer takes a run's results whole (as the CLI has them) or in parts (as the Spark job has
 * them: articles streamed with their quotes, lines rendered where the texts are, briefings without
 * the texts) and writes the same dossier either way.
 */
class DossierWriterTest {
    private static final String LEAD = "Mayor Ada Quill said on Tuesday that the bridge would reopen in May 2025.";
    private static final String QUOTED = "\u201cWe are nearly there,\u201d Quill said.";
    private static final String COPY = "The bridge would reopen in May 2025, the mayor said.";

    @TempDir
    Path tmp;

    private static AnalysedArticle dated() {
        ArticleMetadata meta = new ArticleMetadata(Optional.of("https://example.org/bridge"), Optional.of("Example Post"),
                Optional.of("Bridge to reopen"), Optional.empty(), Optional.empty(), List.of("Tom Ink"),
                Optional.of(Timestamp.of(OffsetDateTime.parse("2024-04-19T12:32+02:00"))), Optional.of("en"));
        Article a = Article.of("0123456789abcdef", "pages/bridge.html", meta,
                List.of(new Paragraph(LEAD), new Paragraph(QUOTED)), List.of());
        String body = a.body();
        int may = body.indexOf("May 2025");
        return new AnalysedArticle(a, List.of(), List.of(), List.of(),
                List.of(new DateMention(new Span(may, may + 8), "May 2025", Timestamp.of(YearMonth.of(2025, 5)))),
                List.of());
    }

    private static AnalysedArticle undated() {
        Article a = Article.of("fedcba9876543210", "pages/copy.txt", ArticleMetadata.EMPTY,
                List.of(new Paragraph(COPY), new Paragraph("Work began last year.")), List.of());
        return AnalysedArticle.bare(a);
    }

    private static DossierResult result() {
        AnalysedArticle one = dated();
        AnalysedArticle two = undated();
        String id1 = one.article().id();
        String id2 = two.article().id();
        String body = one.body();
        int q = body.indexOf("We are");
        int quill = body.lastIndexOf("Quill");
        Quote quote = new Quote(QuoteKind.DIRECT, new Span(q, q + "We are nearly there,".length()), Optional.empty(),
                Optional.of(new Speaker(new Span(quill, quill + 5), "Ada Quill", Optional.empty(), Optional.of("aaaabbbbccccdddd"))));
        Entity quillEntity = new Entity("aaaabbbbccccdddd", EntityType.PERSON, "Ada Quill", List.of("Ada Quill"),
                List.of("Mayor"), List.of(EntityMention.inBody(id1, new Span(6, 15), "Ada Quill")));
        Story story = new Story("1111222233334444", "Bridge to reopen", List.of(id1, id2),
                Optional.of(Timestamp.of(LocalDate.of(2024, 4, 19))), Optional.of(Timestamp.of(LocalDate.of(2024, 4, 19))));
        int year = two.body().indexOf("last year");
        ArticleDate anchored = new ArticleDate(id2, new DateMention(new Span(year, year + 9), "last year",
                Timestamp.of(java.time.Year.of(2023))));
        Reuse reuse = new Reuse(id1, id2, ReuseKind.PARAPHRASE, List.of(new Passage(new Span(0, 20), new Span(0, 20), 3, 0.5)),
                0.6, Direction.PUBLISHED);
        SourceSpan src1 = new SourceSpan(id1, new Span(0, LEAD.length()));
        SourceSpan src2 = new SourceSpan(id2, new Span(0, COPY.length()));
        Claim claim = new Claim(story.id(), "the bridge would reopen in May 2025", List.of(src1, src2), 2, List.of());
        TimelineEntry event = new TimelineEntry(story.id(), Timestamp.of(YearMonth.of(2025, 5)), "the bridge reopens",
                List.of(src1, src2));
        Framing framing = new Framing(story.id(), "Example Post", List.of(id1), List.of(),
                List.of(new Framing.Voice("Ada Quill", Optional.of(quillEntity.id()), 1, 0)));
        StoryBriefing briefing = new StoryBriefing(story,
                List.of(new BriefingSentence("The bridge would reopen in May 2025.", List.of(id1, id2), BriefingSentence.Basis.CLAIM)),
                List.of(event), List.of(new Voice("Ada Quill", Optional.of(quillEntity.id()), List.of("Mayor"),
                        List.of(new Said(QuoteKind.DIRECT, "We are nearly there,", List.of(new SourceSpan(id1, quote.content())))))),
                List.of(reuse), List.of(claim), List.of(one.article(), two.article()));
        return new DossierResult(List.of(one, two), List.of(quillEntity), Map.of(id1, List.of(quote)), List.of(anchored),
                List.of(story), List.of(reuse), List.of(claim), List.of(event), List.of(framing), List.of(briefing));
    }

    private static void perArticle(DossierWriter w) {
        w.rejected(Rejection.of("pages/empty.html", RejectCode.EMPTY, "the page has no text"));
        w.duplicate(new Duplicate("pages/bridge-again.html", "0123456789abcdef", "pages/bridge.html"));
    }

    @Test
    void aResultInPartsIsWrittenAsTheWholeResultIs() throws IOException {
        DossierResult r = result();
        Path whole = tmp.resolve("whole");
        try (DossierWriter w = new DossierWriter(whole)) {
            perArticle(w);
            r.articles().forEach(w::analysed);
            w.planned(r);
            w.aligned(r);
            w.crossArticle(r);
        }

        Path parts = tmp.resolve("parts");
        Map<String, String> bodies = new HashMap<>();
        r.articles().forEach(a -> bodies.put(a.article().id(), a.body()));
        try (DossierWriter w = new DossierWriter(parts)) {
            perArticle(w);
            for (AnalysedArticle a : r.articles()) {
                w.analysed(a);
                w.quotes(a.article(), r.quotesOf(a.article().id()));
            }
            w.planned(r.anchoredDates(), r.entities(), r.stories());
            w.reuse(r.reuses().stream().map(x -> DossierWriter.reuseLine(x, bodies.get(x.a()))));
            w.storyViews(r.claims().stream().map(c -> DossierWriter.claimLine(c, bodies)), r.timeline(), r.framing());
            w.briefings(r.briefings().stream().map(DossierWriter::briefed).toList());
        }

        List<String> files = new ArrayList<>(DossierPhase.jsonLines());
        assertEquals(11, files.size(), "every JSON-lines file: " + files);
        files.addAll(DossierPhase.BRIEFING.files());
        files.add("run.json");
        for (String f : files) {
            assertEquals(Files.readString(whole.resolve(f), StandardCharsets.UTF_8),
                    Files.readString(parts.resolve(f), StandardCharsets.UTF_8), f);
        }
        for (String f : List.of("quotes.jsonl", "reuse.jsonl", "claims.jsonl", "timeline.jsonl", "framing.jsonl")) {
            assertEquals(1, Files.readAllLines(parts.resolve(f)).size(), f);
        }
        assertTrue(Files.readString(parts.resolve("briefing.md"), StandardCharsets.UTF_8).contains("Bridge to reopen"));
        assertTrue(Files.readString(parts.resolve("dates.jsonl"), StandardCharsets.UTF_8).contains("last year"),
                "the settled date follows the articles' own");
    }

    @Test
    void anArticleAsABriefingShowsItKeepsItsMetadataAndFirstParagraph() {
        Article a = dated().article();
        Article briefed = DossierWriter.briefed(a);
        assertEquals(a.metadata(), briefed.metadata());
        assertEquals(LEAD, briefed.body());
        assertEquals(a.id(), briefed.id());
    }

    @Test
    void aDisagreementShowsBothSidesEachWithItsOutletInBothViews() throws IOException {
        DossierResult r = result();
        StoryBriefing b = r.briefings().getFirst();
        String id1 = r.articles().get(0).article().id();
        String id2 = r.articles().get(1).article().id();
        SourceSpan lead = new SourceSpan(id1, new Span(0, LEAD.length()));
        SourceSpan copy = new SourceSpan(id2, new Span(0, COPY.length()));
        Claim disputed = new Claim(b.story().id(), LEAD, List.of(lead), 1, List.of(new Conflict(copy, "The bridge stays shut until 2027.",
                "dates it 2027 where the claim says 2025-05", Optional.of(new Conflict.Side(lead, LEAD)))));
        StoryBriefing withDispute = new StoryBriefing(b.story(), b.summary(), b.timeline(), b.voices(), b.provenance(),
                List.of(disputed), b.sources());
        Path md = tmp.resolve("briefing.md");
        new BriefingWriter().write(md, List.of(withDispute), List.of(), 0);
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("Example Post says: “" + LEAD + "” [1]"), text);
        assertTrue(text.contains("says: “The bridge stays shut until 2027.” [2] — dates it 2027"), text);
        Path html = tmp.resolve("index.html");
        new IndexHtmlWriter().write(html, List.of(withDispute), List.of(), 0);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertEquals("Example Post says:", doc.selectFirst("ul.disputes li.side b").text());
        assertTrue(doc.selectFirst("ul.disputes li.against").text().contains("The bridge stays shut until 2027."));
    }
}
