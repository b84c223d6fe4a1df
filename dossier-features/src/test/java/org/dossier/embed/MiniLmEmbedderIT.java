package org.dossier.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderIT {
    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder(2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void paraphrasesScoreHighAndUnrelatedSentencesLow() {
        float[][] v = embedder.embed(List.of(
                "Firefighters used boats to reach families trapped on upper floors near the stone bridge.",
                "Rescue crews in boats picked up people stranded on the top floors of buildings close to the old bridge.",
                "Portugal beat Iceland three goals to one in Porto on Saturday."));
        assertEquals(384, v[0].length);
        assertEquals(1.0, Vectors.dot(v[0], v[0]), 1e-4);
        double para = Vectors.dot(v[0], v[1]);
        double unrelated = Vectors.dot(v[0], v[2]);
        assertTrue(para > 0.5, "paraphrase cosine " + para);
        assertTrue(unrelated < 0.2, "unrelated cosine " + unrelated);
    }

    @Test
    void reproducesTheModelCardsSimilarity() {
        // sentence-transformers' README: all-MiniLM-L6-v2 gives 0.8939 for this pair
        float[][] v = embedder.embed(List.of("The new movie is awesome", "The new movie is so great"));
        assertEquals(0.894, Vectors.dot(v[0], v[1]), 0.01);
    }

    @Test
    void batchedEmbeddingsEqualOneByOneEmbeddings() {
        List<String> sentences = new ArrayList<>();
        sentences.addAll(sentencesOf(Texts.FLOOD));
        float[][] batch = embedder.embed(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            float[] one = embedder.embed(List.of(sentences.get(i)))[0];
            assertEquals(1.0, Vectors.dot(one, batch[i]), 1e-3, "sentence " + i);
        }
    }

    /**
     * A thousand sentences in one call are embedded in padded batches; each vector must still be its
     * own sentence's, in order. (The model's speed is a benchmark figure, not a test: docs/BENCHMARKS.md.)
     */
    @Test
    void aThousandSentencesInOneCallComeBackInOrderEachAsIfEmbeddedAlone() {
        List<String> sentences = new ArrayList<>();
        for (String text : List.of(Texts.FLOOD, Texts.FLOOD_PARAPHRASE, Texts.FOOTBALL)) {
            sentences.addAll(sentencesOf(text));
        }
        List<String> many = new ArrayList<>();
        for (int i = 0; many.size() < 1000; i++) {
            // a counter makes every sentence distinct, so a vector in the wrong place cannot pass
            many.add(sentences.get(i % sentences.size()) + " (" + i + ")");
        }
        float[][] all = embedder.embed(many);
        assertEquals(many.size(), all.length);
        for (int i : new int[] {0, 1, 63, 64, 65, 500, 998, 999}) {
            float[] alone = embedder.embed(List.of(many.get(i)))[0];
            assertEquals(1.0, Vectors.dot(alone, all[i]), 1e-3, "sentence " + i + ": " + many.get(i));
        }
    }

    /** The test texts' sentences: each ends at a full stop before white space (they have no abbreviations). */
    private static List<String> sentencesOf(String text) {
        return java.util.Arrays.stream(text.strip().split("(?<=\\.)\\s+")).filter(x -> !x.isBlank()).toList();
    }
}
