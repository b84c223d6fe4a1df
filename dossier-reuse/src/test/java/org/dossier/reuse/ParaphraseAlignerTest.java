package org.dossier.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ParaphraseAlignerTest {

    private static float[] unit(float... v) {
        return org.dossier.embed.Vectors.normalize(v, 1);
    }

    @Test
    void pairsEachSentenceOnceWithItsClosestParaphrase() {
        String a = "Rain flooded the square. The mayor asked for money.";
        String b = "The mayor requested funds. Water covered the square.";
        SentenceEmbeddings ea = new SentenceEmbeddings("a", List.of(new Span(0, 24), new Span(25, 51)),
                new float[][] {unit(1, 0, 0), unit(0, 1, 0)});
        SentenceEmbeddings eb = new SentenceEmbeddings("b", List.of(new Span(0, 26), new Span(27, 52)),
                new float[][] {unit(0.1f, 1, 0), unit(1, 0.1f, 0.1f)});
        List<Passage> found = ParaphraseAligner.DEFAULT.align(a, ea, b, eb, List.of());
        assertEquals(2, found.size());
        assertEquals("The mayor asked for money.", found.get(0).a().of(a));
        assertEquals("The mayor requested funds.", found.get(0).b().of(b));
        assertEquals("Rain flooded the square.", found.get(1).a().of(a));
    }

    @Test
    void sentencesBelowTheCosineAreNotParaphrases() {
        SentenceEmbeddings ea = new SentenceEmbeddings("a", List.of(new Span(0, 4)), new float[][] {unit(1, 0)});
        SentenceEmbeddings eb = new SentenceEmbeddings("b", List.of(new Span(0, 4)), new float[][] {unit(1, 1)});
        assertEquals(List.of(), ParaphraseAligner.DEFAULT.align("abcd", ea, "abcd", eb, List.of()));
    }
}
