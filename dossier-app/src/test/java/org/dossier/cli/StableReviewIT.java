package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.store.Correction;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.Stores;
import org.dossier.store.review.Reviewed;
import org.dossier.store.review.ReviewedStory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stable references and review across a re-run, on the sample pages: four are stored, a quote's
 * speaker is corrected with {@code dossier review}, and the fifth page (published before the others,
 * so the clustering sees it first) is added with {@code analyze --store}, re-running the story.
 */
class StableReviewIT {
    private static final String NAME = "Tamsin Reviewer-Holt";

    @TempDir
    Path tmp;

    /**
     * The sample pages split in two directories under {@code tmp}: {@code first} holds all but the
     * first page (by name), {@code later} that one.
     */
    record Split(Path first, Path later, int pages) {
        static Split of(Path tmp) throws IOException {
            Path dir = Path.of(System.getProperty("dossier.shared", "../shared"), "corpus", "seeds");
            Assumptions.assumeTrue(Files.isDirectory(dir), "the sample pages are in ../shared/corpus/seeds");
            List<Path> seeds;
            try (Stream<Path> all = Files.list(dir)) {
                seeds = all.sorted().toList();
            }
            Path first = Files.createDirectories(tmp.resolve("first"));
            Path later = Files.createDirectories(tmp.resolve("later"));
            Files.copy(seeds.getFirst(), later.resolve(seeds.getFirst().getFileName()));
            for (Path p : seeds.subList(1, seeds.size())) {
                Files.copy(p, first.resolve(p.getFileName()));
            }
            return new Split(first, later, seeds.size());
        }
    }

    @Test
    void anArticleAddedToAStoredStoryKeepsOldCitationNumbersAndACorrectedSpeakerStaysCorrected() throws IOException {
        Split split = Split.of(tmp);
        Path first = split.first();
        Path later = split.later();
        String store = tmp.resolve("store").toString();
        CliRun one = CliRun.inProcess("analyze", first.toString(), "--store", store, "--no-embeddings", "-q");
        assertEquals(0, one.code(), one.err());

        Story before;
        String article = null;
        Quote quote = null;
        try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
            before = s.stories(0, 100).items().stream().max(Comparator.comparingInt(st -> st.articles().size())).orElseThrow();
            for (StoredArticle a : s.articles(before.articles())) {
                for (Quote q : a.analysed().quotes()) {
                    if (quote == null && q.speaker().isPresent()) {
                        article = a.id();
                        quote = q;
                    }
                }
            }
        }
        assertEquals(split.pages() - 1, before.articles().size(), "the four pages tell one story: " + before);
        assertTrue(quote != null, "the story has an attributed quote");
        String quoteId = quote.id(article);
        CliRun review = CliRun.inProcess("review", "speaker", "--store", store, "--article", article, "--quote", quoteId,
                "--speaker", NAME, "--by", "tester", "--note", "named in the paragraph before");
        assertEquals(0, review.code(), review.err());
        assertTrue(review.out().startsWith("recorded "), review.out());

        CliRun two = CliRun.inProcess("analyze", later.toString(), "--store", store, "--no-embeddings", "-q", "--json");
        assertEquals(0, two.code(), two.err());
        assertEquals(1, Dossiers.json(two.out().strip()).path("store").path("added").asInt(), two.out());

        try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
            Story after = s.story(before.id()).orElseThrow(() -> new AssertionError("the story keeps its id")).story();
            assertEquals(before.articles(), after.articles().subList(0, before.articles().size()),
                    "the stored articles keep their places");
            assertEquals(split.pages(), after.articles().size(), "the new page joined the story: " + after);
            ReviewedStory r = Reviewed.of(s).story(before.id()).orElseThrow();
            for (int i = 0; i < before.articles().size(); i++) {
                assertEquals(i + 1, r.number(before.articles().get(i)), "old citation [" + (i + 1) + "] unchanged");
            }
            assertEquals(split.pages(), r.number(after.articles().getLast()), "the new page is the next number");
            Quote shown = r.dossier().articles().stream().filter(a -> a.id().equals(article_(r, quoteId)))
                    .flatMap(a -> a.analysed().quotes().stream()).filter(q -> q.id(article_(r, quoteId)).equals(quoteId))
                    .findFirst().orElseThrow();
            assertEquals(NAME, shown.speaker().orElseThrow().name(), "the correction is applied after the re-run");
            List<String> targets = new ArrayList<>(r.corrections().stream().map(Correction::target).toList());
            assertTrue(targets.contains(quoteId), "the story lists the correction: " + r.corrections());
            assertEquals("tester", s.corrections().getFirst().by());
        }
        CliRun log = CliRun.inProcess("review", "log", "--store", store);
        assertTrue(log.out().contains("speaker " + quoteId + " -> " + NAME), log.out());
    }

    /** The article of the story holding quote {@code quoteId}. */
    private static String article_(ReviewedStory r, String quoteId) {
        for (StoredArticle a : r.dossier().articles()) {
            if (a.analysed().quotes().stream().anyMatch(q -> q.id(a.id()).equals(quoteId))) {
                return a.id();
            }
        }
        throw new AssertionError("no article of the story holds quote " + quoteId);
    }
}
