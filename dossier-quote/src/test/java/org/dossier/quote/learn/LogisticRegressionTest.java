package org.dossier.quote.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final LogisticRegression.Options OPTIONS = new LogisticRegression.Options(10, 0.1, 1e-4, 2, 1e-3, 7);

    /** "verb=state" mostly positive, "verb=wonder" mostly negative, "len=short" noise on both sides. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(new Example(List.of("verb=state", i % 2 == 0 ? "len=short" : "len=long"), i % 10 != 0));
            out.add(new Example(List.of("verb=wonder", i % 2 == 0 ? "len=short" : "len=long"), i % 10 == 0));
        }
        out.add(new Example(List.of("verb=once"), true));
        return out;
    }

    @Test
    void aFeatureThatMostlyGoesWithThePositiveClassRaisesTheProbability() {
        LogisticModel m = LogisticRegression.fit(examples(), OPTIONS);
        assertTrue(m.probability(List.of("verb=state", "len=short")) > 0.75, m.toString());
        assertTrue(m.probability(List.of("verb=wonder", "len=short")) < 0.25, m.toString());
    }

    @Test
    void aFeatureSeenFewerTimesThanTheMinimumGetsNoWeight() {
        LogisticModel m = LogisticRegression.fit(examples(), OPTIONS);
        assertTrue(!m.weights().containsKey("verb=once"));
        assertEquals(1 / (1 + Math.exp(-m.bias())), m.probability(List.of("verb=never-seen")), 1e-12);
    }

    @Test
    void theSameExamplesAndSeedGiveTheSameWeights() {
        assertEquals(LogisticRegression.fit(examples(), OPTIONS), LogisticRegression.fit(examples(), OPTIONS));
    }

    @Test
    void aWrittenModelReadsBackWithItsWeightsToSixDecimals() throws IOException {
        LogisticModel m = LogisticRegression.fit(examples(), OPTIONS);
        StringWriter w = new StringWriter();
        m.write(w, List.of("trained on a test set\nof two lines"));
        LogisticModel back = LogisticModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "test");
        assertEquals(m.bias(), back.bias(), 1e-6);
        assertEquals(m.weights().keySet(), back.weights().keySet());
        for (String f : m.weights().keySet()) {
            assertEquals(m.weights().get(f), back.weights().get(f), 1e-6, f);
        }
    }

    @Test
    void aModelFileWithoutABiasLineIsRefusedWithItsName() {
        IOException e = assertThrows(IOException.class, () -> LogisticModel.read(
                new ByteArrayInputStream("cue=say\t0.5\n".getBytes(StandardCharsets.UTF_8)), "gate.tsv"));
        assertTrue(e.getMessage().startsWith("gate.tsv"), e.getMessage());
    }
}
