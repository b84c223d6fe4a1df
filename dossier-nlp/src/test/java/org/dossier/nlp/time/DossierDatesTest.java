package org.dossier.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Timestamp;
import org.dossier.nlp.Texts;
import org.junit.jupiter.api.Test;

class DossierDatesTest {

    private static AnalysedArticle english(String text, Optional<String> published) {
        Article a = Texts.article(text);
        a = a.withMetadata(a.metadata().withLanguage(Optional.of("en")).withPublished(published.map(Timestamp::parse)));
        return new AnalysedArticle(a, List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> anchored(String... published) {
        DossierDates dates = new DossierDates(1_000_000);
        for (String p : published) {
            dates.add(english("Dated.", Optional.of(p)));
        }
        dates.add(english("The mandate ran until the end of next year; yesterday the troops left.", Optional.empty()));
        return dates.resolve().stream().map(a -> a.date().text() + "=" + a.date().value().iso()).toList();
    }

    @Test
    void anUndatedArticleTakesOnlyWhatEveryPublicationDayOfTheDossierAgreesOn() {
        assertEquals(List.of("the end of next year=2025"), anchored("2024-04-19T12:32", "2024-04-20T16:30"));
    }

    @Test
    void aDossierSpreadOverNewYearAnchorsNothing() {
        assertEquals(List.of(), anchored("2023-12-30", "2024-01-02"));
    }

    @Test
    void aDossierWithoutDatedArticlesAnchorsNothing() {
        assertEquals(List.of(), anchored());
    }
}
