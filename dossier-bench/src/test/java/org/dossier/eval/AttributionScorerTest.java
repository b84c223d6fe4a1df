package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionScorerTest {
    private static final String TEXT = "\"We won,\" Jane Doe said. She added that the team was tired.";

    private static Span span(String words) {
        int i = TEXT.indexOf(words);
        return new Span(i, i + words.length());
    }

    private static GoldAttribution gold(String content, String source, boolean direct) {
        return new GoldAttribution(List.of(span(content)), Optional.of(span(source)), Optional.empty(), direct);
    }

    private static Quote predicted(QuoteKind kind, String content, String mention, String name) {
        return new Quote(kind, span(content), Optional.empty(), Optional.of(new Speaker(span(mention), name, Optional.empty(), Optional.empty())));
    }

    @Test
    void predictionCoveringHalfAGoldContentFindsIt() {
        List<GoldAttribution> gold = List.of(gold("the team was tired", "She", false));
        AttributionScorer.Result r = AttributionScorer.score(TEXT, List.of(predicted(QuoteKind.INDIRECT, "the team was", "She", "Jane Doe")), gold);
        assertEquals(1, r.all().foundGold());
        AttributionScorer.Result less = AttributionScorer.score(TEXT, List.of(predicted(QuoteKind.INDIRECT, "tired", "She", "Jane Doe")), gold);
        assertEquals(0, less.all().foundGold());
    }

    @Test
    void oneLongPredictionFindsOnlyOneGoldContent() {
        List<GoldAttribution> gold = List.of(gold("We won,", "Jane Doe", true), gold("the team was tired", "She", false));
        AttributionScorer.Result r = AttributionScorer.score(TEXT, List.of(predicted(QuoteKind.DIRECT, TEXT, "Jane Doe", "Jane Doe")), gold);
        assertEquals(1, r.all().foundGold());
        assertEquals(1.0, r.all().precision());
        assertEquals(0.5, r.all().recall());
    }

    @Test
    void sourceIsRightBySameNameOrByThePronounsReferent() {
        GoldAttribution pronoun = new GoldAttribution(List.of(span("the team was tired")), Optional.of(span("She")),
                Optional.of(span("Jane Doe")), false);
        Quote other = new Quote(QuoteKind.INDIRECT, span("the team was tired"), Optional.empty(),
                Optional.of(new Speaker(span("Jane Doe"), "Doe", Optional.empty(), Optional.empty())));
        assertTrue(AttributionScorer.sourceRight(TEXT, other, pronoun));
        AttributionScorer.Result r = AttributionScorer.score(TEXT, List.of(other), List.of(pronoun));
        assertEquals(1, r.all().sourceRight());
    }

    @Test
    void directAndOtherAreScoredApart() {
        List<GoldAttribution> gold = List.of(gold("We won,", "Jane Doe", true), gold("the team was tired", "She", false));
        AttributionScorer.Result r = AttributionScorer.score(TEXT, List.of(predicted(QuoteKind.DIRECT, "We won,", "Jane Doe", "Jane Doe")), gold);
        assertEquals(1.0, r.direct().recall());
        assertEquals(0.0, r.other().recall());
    }

    @Test
    void bratFilesWithDiscontinuousSpansAndTwoAnnotatorsLoad(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), TEXT, StandardCharsets.UTF_8);
        int c = TEXT.indexOf("the team");
        String ann = "T1\tSource 9 17\tJane Doe\nT2\tCue 18 22\tsaid\nT3\tContent 0 8;" + c + " " + (c + 8) + "\tx\n"
                + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        Files.writeString(dir.resolve("attributions/a_aaaa.ann"), ann, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions/a_bbbb.ann"), "", StandardCharsets.UTF_8);
        AttributionCorpus corpus = AttributionCorpus.load(dir);
        assertEquals(1, corpus.docs().size());
        GoldAttribution g = corpus.docs().getFirst().gold().getFirst();
        assertEquals(2, g.content().size());
        assertTrue(g.direct());
    }
}
