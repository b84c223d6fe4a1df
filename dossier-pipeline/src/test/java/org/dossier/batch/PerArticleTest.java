package org.dossier.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dossier.extract.PageExtractor;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;
import org.dossier.model.Span;
import org.dossier.pipeline.Stages;
import org.junit.jupiter.api.Test;

/** The one safety net of the per-article stages, and the features they compute where the article is. */
class PerArticleTest {
    private static final String PAGE = """
            Night ferry resumes on Friday

            The night ferry between the two islands runs again from Friday, the operator said. It had \
            stopped in March after a fault in one engine.

            Tickets bought for the cancelled crossings will be honoured until the end of the year.
            """;

    private static Extraction.Found extract() {
        return (Extraction.Found) PerArticle.extracting(new PageExtractor())
                .extract(RawPage.of("ferry.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAnalyzerThatFailsLeavesTheArticleBareWithAProblemNamingTheFailure() {
        PerArticle work = new PerArticle(new PageExtractor(), a -> {
            throw new IllegalStateException("tagger lost its model");
        }, a -> Optional.empty());
        AnalysedArticle analysed = work.analyse(extract().article()).article();
        assertTrue(analysed.mentions().isEmpty());
        assertTrue(analysed.article().problems().stream().anyMatch(p -> p.code().equals("analysis-failed")
                && p.message().contains("tagger lost its model")), analysed.article().problems().toString());
    }

    @Test
    void featuresThatFailAreLeftForTheCrossArticlePhaseAndTheArticleGoesOn() {
        PerArticle work = new PerArticle(new PageExtractor(), AnalysedArticle::bare, a -> {
            throw new OutOfMemoryError("Java heap space");
        });
        PerArticle.Analysed analysed = work.analyse(extract().article());
        assertEquals(Optional.empty(), analysed.features());
        assertEquals(extract().article().id(), analysed.article().article().id());
    }

    @Test
    void withoutTheLanguageLayerAnArticleIsStillCutIntoSentencesAndGetsItsFeatures() {
        try (Stages stages = Stages.load(new Stages.Options(false, false, 1))) {
            PerArticle.Analysed analysed = stages.perArticle().analyse(extract().article());
            List<Span> sentences = analysed.article().sentenceSpans();
            String body = analysed.article().body();
            assertEquals("The night ferry between the two islands runs again from Friday, the operator said.",
                    sentences.get(0).of(body));
            assertEquals("It had stopped in March after a fault in one engine.", sentences.get(1).of(body));
            assertTrue(analysed.features().isPresent(), "features are computed where the article is");
            assertEquals(analysed.article().article().id(), analysed.features().get().fingerprint().articleId());
        }
    }

    @Test
    void aStoredArticleKeptWithoutSentencesIsCutAgainAsItWasAtFirst() {
        try (Stages stages = Stages.load(new Stages.Options(false, false, 1))) {
            AnalysedArticle first = stages.analyzer().analyse(extract().article());
            AnalysedArticle stored = AnalysedArticle.bare(first.article());
            assertEquals(first.sentences(), stages.resegmented(stored).sentences());
            assertEquals(first.tokens(), stages.resegmented(stored).tokens());
        }
    }
}
