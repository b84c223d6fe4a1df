package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void identicalTextsHaveNoFalsePositivesOrNegatives() {
        var c = ShingleMetric.score("one two three four five", "one, two; three four five!");
        assertEquals(new ShingleMetric.Counts(2, 0, 0), c);
    }

    @Test
    void extraAndMissingWordsCountAsShinglesOnEachSide() {
        // truth: a b c d e -> (abcd, bcde); extraction: a b c d x -> (abcd, bcdx)
        var c = ShingleMetric.score("a b c d e", "a b c d x");
        assertEquals(new ShingleMetric.Counts(1, 1, 1), c);
    }

    @Test
    void repeatedShinglesCountWithMultiplicity() {
        var c = ShingleMetric.score("a b c d", "a b c d a b c d");
        // extraction shingles: abcd x2, bcda, cdab, dabc; truth: abcd x1
        assertEquals(new ShingleMetric.Counts(1, 4, 0), c);
    }

    @Test
    void wordsAreUnicodeWordRuns() {
        assertEquals(List.of("Türkiye", "s", "2024", "Ğ"), ShingleMetric.words("Türkiye’s — 2024 Ğ"));
    }

    @Test
    void aPageWithNoOutputHasPrecisionZeroUnlessTheTruthIsEmptyToo() {
        assertEquals(0.0, ShingleMetric.score("a b c d", "").precision(false));
        assertEquals(1.0, ShingleMetric.score("", "").precision(true));
    }

    @Test
    void scoresAverageOverPagesSoEachPageWeighsTheSame() {
        var s = ExtractionScore.of(List.of(
                new ExtractionScore.PageScore("a", 1.0, 0.5, false, 1, 0, 1),
                new ExtractionScore.PageScore("b", 0.5, 1.0, false, 1, 1, 0)));
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.75, s.recall(), 1e-9);
        assertEquals(0.75, s.f1(), 1e-9);
    }
}
