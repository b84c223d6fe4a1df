package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreException;
import org.dossier.store.StoryDossier;
import org.dossier.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {
    static final AnalysedArticle BRIDGE = Newsroom.article("Harbour bridge to reopen in May", "Coast Herald",
            LocalDate.of(2024, 4, 19), "en",
            "The harbour bridge at Port Vell will reopen to traffic in May, the Ministry of Works said.\n\n"
                    + "\u201cWe are nearly there,\u201d said Ada Quill, who leads the repairs.",
            Optional.of(new String[] {"We are nearly there,", "Ada Quill"}));
    static final AnalysedArticle REPAIRS = Newsroom.article("Bridge repairs finish early", "Daily Lantern",
            LocalDate.of(2024, 4, 20), "en",
            "Repairs to the Port Vell bridge finished two weeks early, according to Ada Quill.\n\n"
                    + "Ferries that carried commuters across the harbour will stop on Friday.",
            Optional.empty());
    static final AnalysedArticle FLOOD = Newsroom.article("River floods farmland near Lowmoor", "Coast Herald",
            LocalDate.of(2024, 3, 2), "en",
            "The river burst its banks near Lowmoor on Saturday, flooding farmland and closing two roads.\n\n"
                    + "\u201cThe water rose faster than anyone expected,\u201d said Ben Ortiz, a farmer.",
            Optional.of(new String[] {"The water rose faster than anyone expected,", "Ben Ortiz"}));
    static final AnalysedArticle CRUE = Newsroom.article("Crue de la rivière à Lowmoor", "Gazette du Port",
            LocalDate.of(2024, 3, 3), "fr",
            "La rivière a débordé près de Lowmoor samedi, inondant les champs.", Optional.empty());
    static final AnalysedArticle DELAY = Newsroom.article("Bridge reopening delayed to June", "Daily Lantern",
            LocalDate.of(2024, 5, 2), "en",
            "The reopening of the Port Vell bridge slips to June, Ada Quill said on Thursday.",
            Optional.empty());

    /** Topic vectors: the bridge articles point one way, the flood articles another. */
    static final Map<String, float[]> VECTORS = Map.of(
            id(BRIDGE), new float[] {1, 0.1f, 0, 0},
            id(REPAIRS), new float[] {0.9f, 0.2f, 0, 0},
            id(FLOOD), new float[] {0, 0, 1, 0.1f},
            id(CRUE), new float[] {0, 0.1f, 0.9f, 0.2f},
            id(DELAY), new float[] {0.8f, 0.3f, 0.1f, 0});

    static String id(AnalysedArticle a) {
        return a.article().id();
    }

    static StoreBatch first() {
        DossierResult r = Newsroom.result(List.of(BRIDGE, REPAIRS, FLOOD, CRUE), List.of(List.of(0, 1), List.of(2, 3)));
        return new StoreBatch(r, Map.of(id(BRIDGE), VECTORS.get(id(BRIDGE)), id(REPAIRS), VECTORS.get(id(REPAIRS)),
                id(FLOOD), VECTORS.get(id(FLOOD)), id(CRUE), VECTORS.get(id(CRUE))), "first");
    }

    static Store open(Path dir) {
        return Stores.open(dir.toString(), Store.Access.READ_WRITE);
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::article).toList();
    }

    @Test
    void aPathOpensTheLuceneBackend(@TempDir Path dir) {
        try (Store s = open(dir)) {
            assertTrue(s instanceof LuceneStore);
            assertEquals(0, s.stats().articles());
            assertTrue(s.commits().isEmpty());
        }
    }

    @Test
    void fullTextFindsArticlesByTheirWordsTitleFirst(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            SearchResult r = s.search(SearchQuery.fullText("bridge", 10));
            assertEquals(Set.of(id(BRIDGE), id(REPAIRS)), Set.copyOf(ids(r)));
            assertEquals(2, r.total());
            // stemming: "floods" finds "flooding" and "floods"
            assertEquals(List.of(id(FLOOD)), ids(s.search(SearchQuery.fullText("flooded", 10))));
            // every word is required
            assertTrue(s.search(SearchQuery.fullText("bridge flooding", 10)).hits().isEmpty());
            SearchHit hit = s.search(SearchQuery.fullText("ferries", 10)).hits().getFirst();
            assertEquals(id(REPAIRS), hit.article());
            assertTrue(hit.snippet().orElseThrow().contains("Ferries"), hit.snippet().toString());
            assertEquals(Optional.of("Daily Lantern"), hit.metadata().outlet());
        }
    }

    @Test
    void filtersNarrowAndFacetsCountTheWholeMatchSet(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            SearchQuery all = SearchQuery.fullText("", 1).withFacets(Set.of(Facet.OUTLET, Facet.PERSON, Facet.LANGUAGE,
                    Facet.STORY, Facet.MONTH));
            SearchResult r = s.search(all);
            assertEquals(4, r.total());
            assertEquals(1, r.hits().size());
            assertEquals(List.of(new FacetCount("Coast Herald", "Coast Herald", 2), new FacetCount("Daily Lantern", "Daily Lantern", 1),
                    new FacetCount("Gazette du Port", "Gazette du Port", 1)), r.facets().get(Facet.OUTLET));
            assertEquals(List.of(new FacetCount(Newsroom.entityId("Ada Quill"), "Ada Quill", 2),
                    new FacetCount(Newsroom.entityId("Ben Ortiz"), "Ben Ortiz", 1)), r.facets().get(Facet.PERSON));
            assertEquals(2, r.facets().get(Facet.STORY).size());
            assertEquals(Set.of("2024-03", "2024-04"),
                    Set.copyOf(r.facets().get(Facet.MONTH).stream().map(FacetCount::value).toList()));

            // browse with no words: newest first
            assertEquals(List.of(id(REPAIRS), id(BRIDGE), id(CRUE), id(FLOOD)), ids(s.search(all.withPage(0, 10))));
            assertEquals(List.of(id(CRUE), id(FLOOD)), ids(s.search(all.withPage(2, 10))));

            SearchFilters f = SearchFilters.NONE;
            assertEquals(Set.of(id(BRIDGE), id(FLOOD)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withOutlets(Set.of("Coast Herald")))))));
            assertEquals(Set.of(id(BRIDGE), id(REPAIRS)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withPeople(Set.of("ada quill")))))));
            assertEquals(Set.of(id(FLOOD)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withPeople(Set.of(Newsroom.entityId("Ben Ortiz"))))))));
            assertTrue(s.search(all.withFilters(f.withPeople(Set.of("Nobody Known")))).hits().isEmpty());
            assertEquals(Set.of(id(CRUE)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withLanguages(Set.of("fr")))))));
            assertEquals(Set.of(id(FLOOD), id(CRUE)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withDates(Optional.of(LocalDate.of(2024, 3, 1)), Optional.of(LocalDate.of(2024, 3, 31))))))));
            assertEquals(Set.of(id(FLOOD), id(CRUE)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withPlaces(Set.of("Lowmoor")))))));
            String floodStory = s.article(id(FLOOD)).orElseThrow().story().orElseThrow();
            assertEquals(Set.of(id(FLOOD), id(CRUE)), Set.copyOf(ids(s.search(all.withPage(0, 10)
                    .withFilters(f.withStories(Set.of(floodStory)))))));
        }
    }

    @Test
    void semanticSearchRanksByTheVectorAndHybridFusesBothLists(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            float[] floodish = {0, 0.1f, 1, 0.15f};
            SearchQuery semantic = SearchQuery.fullText("", 4).withMode(SearchMode.SEMANTIC, Optional.of(floodish));
            List<String> ranked = ids(s.search(semantic));
            assertEquals(Set.of(id(FLOOD), id(CRUE)), Set.copyOf(ranked.subList(0, 2)));
            // hybrid: the French article has none of the words, but its vector is close
            SearchQuery hybrid = SearchQuery.fullText("river farmland", 4).withMode(SearchMode.HYBRID, Optional.of(floodish));
            List<String> fused = ids(s.search(hybrid));
            assertEquals(id(FLOOD), fused.getFirst());
            assertTrue(fused.contains(id(CRUE)));
            assertEquals(List.of(id(FLOOD)), ids(s.search(SearchQuery.fullText("river farmland", 4))));
        }
    }

    @Test
    void quotesAreFoundBySpeakerNameOrEntity(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            List<QuoteHit> byName = s.quotes(QuoteQuery.bySpeaker("quill", 10)).items();
            assertEquals(1, byName.size());
            assertEquals("We are nearly there,", byName.getFirst().text());
            assertEquals(id(BRIDGE), byName.getFirst().article());
            assertEquals(byName, s.quotes(QuoteQuery.bySpeaker(Newsroom.entityId("Ada Quill"), 10)).items());
            assertTrue(s.quotes(QuoteQuery.bySpeaker("Ada Ortiz", 10)).items().isEmpty());
            QuoteQuery words = new QuoteQuery(Optional.empty(), Optional.of("water"), SearchFilters.NONE, 0, 10);
            assertEquals("Ben Ortiz", s.quotes(words).items().getFirst().quote().speaker().orElseThrow().name());
        }
    }

    @Test
    void addingTheSameBatchAgainChangesNothing(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            var stats = s.stats();
            var commit = s.add(first());
            assertEquals(1, commit.sequence());
            assertEquals(stats, s.stats());
            assertEquals(1, s.commits().size());
        }
    }

    @Test
    void aLaterBatchReplacesTheStoriesItTouchesAndMergesEntities(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            String oldStory = s.article(id(BRIDGE)).orElseThrow().story().orElseThrow();
            // the application re-runs the touched story's stored articles with the new one
            DossierResult second = Newsroom.result(List.of(DELAY, BRIDGE, REPAIRS), List.of(List.of(1, 2, 0)));
            var commit = s.add(new StoreBatch(second, Map.of(id(DELAY), VECTORS.get(id(DELAY))), "second"));
            assertEquals(2, commit.sequence());
            assertEquals(1, commit.newArticles());
            assertEquals(5, s.stats().articles());
            assertEquals(2, s.stats().stories());
            String story = s.article(id(DELAY)).orElseThrow().story().orElseThrow();
            assertEquals(story, s.article(id(BRIDGE)).orElseThrow().story().orElseThrow());
            assertEquals(oldStory, story, "the story keeps its id: it is derived from its first article");
            StoryDossier d = s.story(story).orElseThrow();
            assertEquals(List.of(id(BRIDGE), id(REPAIRS), id(DELAY)), d.articles().stream().map(a -> a.id()).toList());
            assertEquals(1, d.claims().size());
            Entity quill = s.entity(Newsroom.entityId("Ada Quill")).orElseThrow();
            assertEquals(3, quill.mentions().size(), quill.mentions().toString());
            // the stored vector of a re-run article without one in the batch is kept
            assertTrue(s.article(id(BRIDGE)).orElseThrow().embedding().isPresent());
            // the flood story is untouched
            assertEquals(2, s.story(s.article(id(FLOOD)).orElseThrow().story().orElseThrow()).orElseThrow().articles().size());
            assertEquals(List.of(1L, 2L), s.commits().stream().map(c -> c.sequence()).toList());
        }
    }

    @Test
    void aStoryDossierHoldsItsArticlesEntitiesQuotesAndClaims(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            String story = s.article(id(BRIDGE)).orElseThrow().story().orElseThrow();
            StoryDossier d = s.story(story).orElseThrow();
            assertEquals("Harbour bridge to reopen in May", d.story().title());
            assertEquals(Set.of("Ada Quill", "Ministry of Works", "Port Vell"),
                    Set.copyOf(d.entities().stream().map(Entity::name).toList()));
            assertEquals(1, d.articles().getFirst().analysed().quotes().size());
            assertEquals(Optional.of(Newsroom.entityId("Ada Quill")),
                    d.articles().getFirst().analysed().quotes().getFirst().speaker().orElseThrow().entity());
            assertTrue(d.claims().getFirst().text().startsWith("The harbour bridge"));
            assertEquals(2, s.stories(0, 10).total());
            assertEquals(story, s.stories(0, 10).items().getFirst().id(), "the most recent story first");
            assertTrue(s.story("0000000000000000").isEmpty());
        }
    }

    @Test
    void aReadOnlyStoreSeesTheWritersCommitsAndRefusesToWrite(@TempDir Path dir) throws Exception {
        try (Store w = open(dir)) {
            w.add(first());
            try (Store r = Stores.open(dir.toString(), Store.Access.READ_ONLY)) {
                assertEquals(4, r.stats().articles());
                assertThrows(UnsupportedOperationException.class, () -> r.add(first()));
                w.add(new StoreBatch(Newsroom.result(List.of(DELAY), List.of(List.of(0))), Map.of(), "more"));
                Thread.sleep(1100);
                assertEquals(5, r.stats().articles());
            }
        }
    }

    @Test
    void aSecondWriterAndAMissingStoreAreClearErrors(@TempDir Path dir) {
        try (Store w = open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> open(dir));
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
        }
        StoreException missing = assertThrows(StoreException.class,
                () -> Stores.open(dir.resolve("nothing").toString(), Store.Access.READ_ONLY));
        assertTrue(missing.getMessage().contains("no store at"), missing.getMessage());
    }

    @Test
    void embeddingsOfAnotherDimensionAreRefusedAndTheStoreKeepsItsLastCommit(@TempDir Path dir) {
        try (Store s = open(dir)) {
            s.add(first());
            StoreBatch wrong = new StoreBatch(Newsroom.result(List.of(DELAY), List.of(List.of(0))),
                    Map.of(id(DELAY), new float[] {1, 2, 3}), "wrong");
            StoreException e = assertThrows(StoreException.class, () -> s.add(wrong));
            assertTrue(e.getMessage().contains("4-dimensional"), e.getMessage());
            assertEquals(4, s.stats().articles());
            assertFalse(s.knownArticles(List.of(id(DELAY))).contains(id(DELAY)));
            s.add(new StoreBatch(Newsroom.result(List.of(DELAY), List.of(List.of(0))), Map.of(), "right"));
            assertEquals(5, s.stats().articles());
        }
    }
}
