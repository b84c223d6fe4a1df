package org.dossier.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Claim;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.store.CommitInfo;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreException;
import org.dossier.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch store against a real node: invented articles about a harbour strike and a museum
 * opening go in, and what comes out is checked against what a reader of those articles expects.
 */
class OpenSearchStoreIT {
    static final String A = "a000000000000001";
    static final String B = "b000000000000002";
    static final String C = "c000000000000003";
    static final String STRIKE = "5000000000000001";
    static final String MUSEUM = "5000000000000002";
    static final String ROE = "person-jane-roe";
    static final String PORT = "org-port-authority";

    static String location;
    static Store store;

    @BeforeAll
    static void open() {
        location = OpenSearchTestNode.get().location("contract");
        OpenSearchStore.drop(location);
        store = Stores.open(location, Store.Access.READ_WRITE);
        store.add(new StoreBatch(first(), Map.of(A, unit(1, 0, 0), B, unit(0.9f, 0.1f, 0), C, unit(0, 0, 1)), "first"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theSchemeFindsTheOpenSearchBackend() {
        assertEquals("opensearch", Stores.scheme(location));
        assertTrue(store instanceof OpenSearchStore);
    }

    @Test
    void storedArticlesReadBackWithTheirQuotesStoryAndEmbedding() {
        var a = store.article(A).orElseThrow();
        assertEquals(article(A).article(), a.analysed().article());
        assertEquals(Optional.of(STRIKE), a.story());
        assertEquals(1, a.analysed().quotes().size());
        assertEquals(Optional.of(ROE), a.analysed().quotes().getFirst().speaker().orElseThrow().entity());
        assertEquals(3, a.embedding().orElseThrow().length);
        assertEquals(Set.of(A, C), store.knownArticles(List.of(A, C, "ffffffffffffffff")));
        assertEquals(List.of(C, A), store.articles(List.of(C, "ffffffffffffffff", A)).stream().map(s -> s.id()).toList());
    }

    @Test
    void wordsFindTheArticleThatUsesThem() {
        SearchResult r = store.search(SearchQuery.fullText("dockworkers walked out", 10));
        assertEquals(A, r.hits().getFirst().article());
        assertTrue(r.hits().getFirst().snippet().orElseThrow().contains("walked out"), r.hits().getFirst().snippet().toString());
        assertTrue(r.hits().stream().noneMatch(h -> h.article().equals(C)), "the museum piece has none of the words");
        assertEquals(Set.of(A), ids(store.search(SearchQuery.fullText("walking", 10))), "stemmed: walked is walk");
        assertTrue(store.search(SearchQuery.fullText("museum dockworkers", 10)).hits().isEmpty(), "every word is required");
        assertEquals(Set.of(A, B), ids(store.search(SearchQuery.fullText("Jane Roe", 10))));
    }

    @Test
    void blankWordsBrowseNewestFirst() {
        SearchResult r = store.search(SearchQuery.fullText("", 10));
        assertEquals(3, r.total());
        assertEquals(List.of(C, B, A), r.hits().stream().map(h -> h.article()).toList());
    }

    @Test
    void filtersRestrictAndFacetsCountEveryMatch() {
        SearchQuery q = SearchQuery.fullText("", 1).withFacets(Set.of(Facet.OUTLET, Facet.PERSON, Facet.STORY, Facet.MONTH));
        SearchResult r = store.search(q);
        assertEquals(1, r.hits().size());
        assertEquals(List.of(new FacetCount("Harbour Gazette", "Harbour Gazette", 2), new FacetCount("City Times", "City Times", 1)),
                r.facets().get(Facet.OUTLET));
        assertEquals(List.of(new FacetCount(ROE, "Jane Roe", 2)), r.facets().get(Facet.PERSON));
        assertEquals(new FacetCount(STRIKE, "Harbour strike", 2), r.facets().get(Facet.STORY).getFirst());
        assertEquals(List.of(new FacetCount("2024-03", "2024-03", 3)), r.facets().get(Facet.MONTH));

        SearchFilters byName = SearchFilters.NONE.withPeople(Set.of("jane roe"));
        assertEquals(Set.of(A, B), ids(store.search(SearchQuery.fullText("", 10).withFilters(byName))));
        SearchFilters outletAndDay = SearchFilters.NONE.withOutlets(Set.of("Harbour Gazette"))
                .withDates(Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty());
        assertEquals(Set.of(B), ids(store.search(SearchQuery.fullText("", 10).withFilters(outletAndDay))));
        assertEquals(Set.of(C), ids(store.search(SearchQuery.fullText("", 10)
                .withFilters(SearchFilters.NONE.withStories(Set.of(MUSEUM))))));
    }

    @Test
    void semanticSearchRanksByCosineAndHybridFusesBoth() {
        SearchQuery near = SearchQuery.fullText("", 3).withMode(SearchMode.SEMANTIC, Optional.of(unit(1, 0, 0)));
        SearchResult r = store.search(near);
        assertEquals(List.of(A, B, C), r.hits().stream().map(h -> h.article()).toList());
        assertEquals(1.0, r.hits().get(0).score(), 1e-5);
        assertEquals(0.0, r.hits().get(2).score(), 1e-5);

        SearchQuery hybrid = new SearchQuery("museum", SearchMode.HYBRID, Optional.of(unit(0, 0, 1)), SearchFilters.NONE,
                Set.of(), 0, 3);
        assertEquals(C, store.search(hybrid).hits().getFirst().article(), "first in both lists, first fused");
    }

    @Test
    void quotesAreFoundBySpeakerNameOrIdAndByWords() {
        var byName = store.quotes(QuoteQuery.bySpeaker("roe", 10));
        assertEquals(2, byName.total());
        var byId = store.quotes(QuoteQuery.bySpeaker(ROE, 10));
        assertEquals(2, byId.total());
        QuoteHit newest = byId.items().getFirst();
        assertEquals(B, newest.article(), "same relevance, newest first");
        assertEquals(Optional.of(STRIKE), newest.story());
        var byWords = store.quotes(new QuoteQuery(Optional.empty(), Optional.of("wages"), SearchFilters.NONE, 0, 10));
        assertEquals(List.of(A), byWords.items().stream().map(QuoteHit::article).toList());
    }

    @Test
    void aStoryComesWithItsArticlesEntitiesAndClaims() {
        var dossier = store.story(STRIKE).orElseThrow();
        assertEquals(List.of(A, B), dossier.articles().stream().map(s -> s.id()).toList());
        assertEquals(1, dossier.claims().size());
        Entity roe = dossier.entities().stream().filter(e -> e.id().equals(ROE)).findFirst().orElseThrow();
        assertTrue(roe.mentions().stream().allMatch(m -> Set.of(A, B).contains(m.article())));
        assertEquals(List.of(MUSEUM, STRIKE), store.stories(0, 10).items().stream().map(Story::id).toList(),
                "the museum story was seen last");
        assertTrue(store.story("ffffffffffffffff").isEmpty());
    }

    @Test
    void addingTheSameResultAgainCommitsNothing() {
        CommitInfo before = store.commits().getLast();
        CommitInfo again = store.add(new StoreBatch(first(), Map.of(), "again"));
        assertEquals(before, again);
        assertEquals(3, store.stats().articles());
    }

    @Test
    void aNewStoryReplacesTheStoriesItSharesArticlesWith() {
        String other = "cross";
        String loc = OpenSearchTestNode.get().location(other);
        OpenSearchStore.drop(loc);
        try (Store s = Stores.open(loc, Store.Access.READ_WRITE)) {
            s.add(new StoreBatch(first(), Map.of(), "first"));
            // a later run sees that the museum piece belongs with the strike after all
            Story merged = new Story("5000000000000003", "Harbour strike reaches the museum", List.of(A, B, C),
                    Optional.of(ts("2024-03-01T08:00:00Z")), Optional.of(ts("2024-03-03T09:00:00Z")));
            DossierResult later = new DossierResult(List.of(article(C)), List.of(), Map.of(), List.of(), List.of(merged),
                    List.of(), List.of(), List.of());
            CommitInfo c = s.add(new StoreBatch(later, Map.of(), "later"));
            assertEquals(2, c.sequence());
            assertEquals(0, c.newArticles());
            assertEquals(List.of("5000000000000003"), s.stories(0, 10).items().stream().map(Story::id).toList());
            assertEquals(Optional.of("5000000000000003"), s.article(A).orElseThrow().story(), "moved without being re-added");
            assertEquals(0, s.stats().claims(), "the strike's claim went with its story");
            assertEquals(2, s.commits().size());
            // the entity's mentions in the re-added article are replaced, the others kept
            assertEquals(2, s.entity(ROE).orElseThrow().mentions().size());
            // re-analysed, the strike's first article names no one: its mentions go, and so does the
            // organisation only it named
            Story renamed = new Story("5000000000000004", "Harbour strike and museum", List.of(A, B, C),
                    merged.firstSeen(), merged.lastSeen());
            DossierResult again = new DossierResult(List.of(article(A)), List.of(), Map.of(), List.of(), List.of(renamed),
                    List.of(), List.of(), List.of());
            s.add(new StoreBatch(again, Map.of(), "again"));
            assertEquals(List.of(B), s.entity(ROE).orElseThrow().mentions().stream().map(EntityMention::article).toList());
            assertTrue(s.entity(PORT).isEmpty());
        }
    }

    @Test
    void aReadOnlyStoreRefusesBatchesAndAMissingOneIsNamed() {
        try (Store ro = Stores.open(location, Store.Access.READ_ONLY)) {
            assertEquals(3, ro.stats().articles());
            assertThrows(UnsupportedOperationException.class, () -> ro.add(new StoreBatch(first(), Map.of(), "x")));
        }
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.open(OpenSearchTestNode.get().location("nothing-here"), Store.Access.READ_ONLY));
        assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
        StoreException down = assertThrows(StoreException.class,
                () -> Stores.open("opensearch://127.0.0.1:1/x", Store.Access.READ_ONLY));
        assertTrue(down.getMessage().contains("cannot reach OpenSearch at 127.0.0.1:1"), down.getMessage());
    }

    @Test
    void statsCountWhatWasStored() {
        var stats = store.stats();
        assertEquals(3, stats.articles());
        assertEquals(2, stats.stories());
        assertEquals(1, stats.claims());
        assertEquals(2, stats.quotes());
        assertEquals(2, stats.entities());
        assertEquals(3, stats.dimension().orElseThrow());
        assertFalse(store.commits().isEmpty());
    }

    // ---- invented data ----

    static DossierResult first() {
        AnalysedArticle a = article(A);
        AnalysedArticle b = article(B);
        AnalysedArticle c = article(C);
        Story strike = new Story(STRIKE, "Harbour strike", List.of(A, B), Optional.of(ts("2024-03-01T08:00:00Z")),
                Optional.of(ts("2024-03-02T10:00:00Z")));
        Story museum = new Story(MUSEUM, "Museum opens", List.of(C), Optional.of(ts("2024-03-03T09:00:00Z")),
                Optional.of(ts("2024-03-03T09:00:00Z")));
        Entity roe = new Entity(ROE, EntityType.PERSON, "Jane Roe", List.of("Roe"), List.of("union leader"),
                List.of(mention(a, "Jane Roe"), mention(b, "Jane Roe")));
        Entity port = new Entity(PORT, EntityType.ORGANIZATION, "Port Authority", List.of(), List.of(),
                List.of(mention(a, "Port Authority")));
        Claim claim = new Claim(STRIKE, "Dockworkers walked out", List.of(new SourceSpan(A, new Span(0, 10)),
                new SourceSpan(B, new Span(0, 10))), 2, List.of());
        return new DossierResult(List.of(a, b, c), List.of(roe, port),
                Map.of(A, List.of(quote(a, "We want fair wages", ROE)), B, List.of(quote(b, "We will stay out", ROE))),
                List.of(), List.of(strike, museum), List.of(), List.of(claim), List.of());
    }

    static AnalysedArticle article(String id) {
        return switch (id) {
            case A -> analysed(id, "Harbour Gazette", "Dockworkers strike", "2024-03-01T08:00:00Z",
                    "Dockworkers walked out on Monday, Jane Roe told the Port Authority.", "\"We want fair wages,\" said Jane Roe.");
            case B -> analysed(id, "Harbour Gazette", "Strike goes on", "2024-03-02T10:00:00Z",
                    "The strike went into its second day as Jane Roe addressed the crowd.", "\"We will stay out,\" said Jane Roe.");
            default -> analysed(id, "City Times", "Museum opens its doors", "2024-03-03T09:00:00Z",
                    "The new museum opened to visitors with a sculpture garden.", "Tickets are free for the first week.");
        };
    }

    static AnalysedArticle analysed(String id, String outlet, String title, String published, String... paragraphs) {
        ArticleMetadata m = new ArticleMetadata(Optional.of("https://example.org/" + id), Optional.of(outlet),
                Optional.of(title), Optional.empty(), Optional.empty(), List.of(), Optional.of(ts(published)), Optional.of("en"));
        Article article = Article.of(id, "test:" + id, m, List.of(paragraphs).stream().map(Paragraph::new).toList(), List.of());
        List<Mention> mentions = List.of();
        int at = article.body().indexOf("Jane Roe");
        if (at >= 0) {
            mentions = List.of(new Mention(new Span(at, at + 8), "Jane Roe", EntityType.PERSON, List.of()));
        }
        return new AnalysedArticle(article, List.of(), List.of(), mentions, List.of());
    }

    static EntityMention mention(AnalysedArticle a, String text) {
        int at = a.body().indexOf(text);
        return EntityMention.inBody(a.article().id(), new Span(at, at + text.length()), text);
    }

    static Quote quote(AnalysedArticle a, String words, String speaker) {
        int at = a.body().indexOf(words);
        int who = a.body().lastIndexOf("Jane Roe");
        return new Quote(QuoteKind.DIRECT, new Span(at, at + words.length()), Optional.empty(),
                Optional.of(new Speaker(new Span(who, who + 8), "Jane Roe", Optional.empty(), Optional.of(speaker))));
    }

    static Timestamp ts(String iso) {
        return Timestamp.of(OffsetDateTime.parse(iso));
    }

    static float[] unit(float x, float y, float z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new float[] {(float) (x / n), (float) (y / n), (float) (z / n)};
    }

    static Set<String> ids(SearchResult r) {
        return Set.copyOf(r.hits().stream().map(h -> h.article()).toList());
    }
}
