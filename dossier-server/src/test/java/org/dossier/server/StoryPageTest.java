package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;
import org.dossier.server.ui.StoryPage;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The story page from records made here: structure, citations and marks land where the offsets say. */
class StoryPageTest {
    private static final String P1 = "The ferry <b>council</b> met on Monday.";
    private static final String P2 = "\"Fares stay,\" said Ada Quill.";

    private static StoryDossier dossier() {
        ArticleMetadata m = new ArticleMetadata(Optional.empty(), Optional.of("Courier <i>"), Optional.of("Fares <script>x()</script>"),
                Optional.empty(), Optional.empty(), List.of("Ben Oak"), Optional.of(Timestamp.parse("2025-03-04")),
                Optional.of("en"));
        Article a = Article.of("00000000000000a1", "a.html", m, List.of(paragraph(P1), paragraph(P2)), List.of());
        int q = a.body().indexOf("Fares stay,");
        int sp = a.body().indexOf("Ada Quill");
        Quote quote = new Quote(QuoteKind.DIRECT, new Span(q, q + "Fares stay,".length()), Optional.empty(),
                Optional.of(Speaker.named(new Span(sp, sp + 9), "Ada Quill")));
        AnalysedArticle analysed = AnalysedArticle.bare(a).withQuotes(List.of(quote));
        Story story = new Story("00000000000000e1", "Ferry fares", List.of(a.id()),
                m.published(), m.published());
        int c = a.body().indexOf("council");
        Claim claim = new Claim(story.id(), "The council met", List.of(new SourceSpan(a.id(), new Span(c, c + 7))), 1,
                List.of());
        int f = a.body().indexOf("Fares stay");
        SourceSpan fares = new SourceSpan(a.id(), new Span(f, f + "Fares stay".length()));
        int mon = a.body().indexOf("Monday");
        SourceSpan monday = new SourceSpan(a.id(), new Span(mon, mon + "Monday".length()));
        Claim disputed = new Claim(story.id(), "Fares go up", List.of(monday), 1,
                List.of(new Conflict(fares, "Fares stay", "says \"stay\" where the claim says \"go up\"",
                        Optional.of(new Conflict.Side(monday, "Fares go up")))));
        TimelineEntry t = new TimelineEntry(story.id(), Timestamp.parse("2025-03-03"), "The council met",
                List.of(new SourceSpan(a.id(), new Span(0, 10))));
        return new StoryDossier(story, List.of(new StoredArticle(analysed, List.of(), Optional.of(story.id()),
                Optional.empty())), List.of(), List.of(claim, disputed), List.of(t), List.of());
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    @Test
    void everySectionIsThereAndCitationsPointAtTheSourceColumn() {
        Document doc = Jsoup.parse(StoryPage.render(dossier()));
        for (String id : List.of("briefing", "timeline", "quotes", "provenance", "sources")) {
            assertEquals(1, doc.select("section#" + id).size(), id);
        }
        Element claim = doc.selectFirst("#briefing li.claim");
        assertTrue(claim.text().startsWith("The council met"));
        assertEquals("#src-00000000000000a1", claim.selectFirst("a.cite").attr("href"));
        assertEquals(1, doc.select("#src-00000000000000a1").size());
        assertEquals("2025-03-03", doc.selectFirst("#timeline li.event time").text());
        assertEquals("Ada Quill", doc.selectFirst("#quotes .speaker h3").ownText().strip());
    }

    @Test
    void aDisputedClaimShowsBothSidesWithTheirOutletsAndASingleSourceSaysSo() {
        Document doc = Jsoup.parse(StoryPage.render(dossier()));
        Element disputed = doc.selectFirst("#claims li.claim.disputed");
        assertTrue(disputed.text().startsWith("Fares go up"), disputed.text());
        assertEquals("disputed", disputed.selectFirst(".tag.disputed").text());
        assertEquals("Courier <i> says:", disputed.selectFirst(".conflict .side.claim .outlet").text());
        assertEquals("Fares go up", disputed.selectFirst(".conflict .side.claim q").text());
        assertEquals("Fares stay", disputed.selectFirst(".conflict .side.other q").text());
        assertTrue(disputed.selectFirst(".conflict .why").text().contains("go up"));
        for (Element c : doc.select("#claims li.claim")) {
            assertEquals("single source", c.selectFirst(".tag.single").text(), c.text());
        }
    }

    @Test
    void theBriefingKeepsItsLimitsHoweverManyClaimsThereAre() {
        StoryDossier d = dossier();
        String id = d.articles().getFirst().id();
        List<Claim> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // twenty words each, led by a connective a briefing must not keep
            StringBuilder text = new StringBuilder("However,");
            for (int w = 0; w < 19; w++) {
                // words no two claims share, so none merges with another
                text.append(" k").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append((char) ('a' + w));
            }
            many.add(new Claim(d.story().id(), text.toString(), List.of(new SourceSpan(id, new Span(0, 3))), 1, List.of()));
        }
        StoryDossier big = new StoryDossier(d.story(), d.articles(), d.entities(), many, d.timeline(), d.reuses());
        Document doc = Jsoup.parse(StoryPage.render(big));
        int words = 0;
        for (Element li : doc.select("#briefing ol.briefing > li")) {
            words += li.ownText().strip().split("\\s+").length;
            assertTrue(!li.ownText().startsWith("However"), li.ownText());
        }
        assertTrue(words > 0 && words <= 200, "briefing words: " + words);
    }

    @Test
    void aDirectQuoteIsMarkedDirectAndInQuotationMarks() {
        Document doc = Jsoup.parse(StoryPage.render(dossier()));
        Element q = doc.selectFirst("#quotes blockquote.direct");
        assertEquals("direct", q.selectFirst(".tag.kind").text());
        assertTrue(q.text().contains("“Fares stay,”"), q.text());
    }

    @Test
    void marksCoverExactlyTheQuotedAndClaimedCharacters() {
        Document doc = Jsoup.parse(StoryPage.render(dossier()));
        Element column = doc.selectFirst("#src-00000000000000a1");
        assertEquals("Fares stay,", column.selectFirst("mark.q").text());
        assertEquals("council", column.selectFirst("mark.c").text());
        assertEquals(P1, column.select("p").get(0).text());
        assertEquals(P2, column.select("p").get(1).text());
    }

    @Test
    void markupInArticleTextStaysText() {
        String html = StoryPage.render(dossier());
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("main b, main i, script:not([src])").isEmpty(), "no element from article text");
        assertEquals("Fares <script>x()</script>", doc.selectFirst("#sources h3").text());
        assertTrue(html.contains("&lt;b&gt;") && html.contains("&lt;script&gt;x()&lt;/script&gt;"), "escaped in the markup");
    }
}
