package org.dossier.quote.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dossier.quote.learn.LogisticModel;
import org.junit.jupiter.api.Test;

class GateTest {

    @Test
    void theShippedGateReadsItsThresholdAndWeightsFromTheStagesResources() {
        Gate g = Gate.shipped();
        assertTrue(g.threshold() > 0 && g.threshold() < 1, "threshold " + g.threshold());
        assertTrue(g.model().weights().size() > 100, "weights: " + g.model().weights().size());
    }

    @Test
    void aCandidateIsKeptFromTheThresholdOn() {
        Gate g = new Gate(new LogisticModel(0, Map.of("cue=say", 2.0, "cue=wonder", -2.0)), 0.5);
        assertTrue(g.keeps(List.of("cue=say")));
        assertFalse(g.keeps(List.of("cue=wonder")));
        assertTrue(g.keeps(List.of("cue=never-seen")), "an unknown feature weighs nothing: p = 0.5 is kept");
    }

    @Test
    void aGateFileWithoutAThresholdLineIsRefused() {
        IOException e = assertThrows(IOException.class, () -> Gate.threshold("# trained on x\nbias\t0.1\n"));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    }

    @Test
    void theThresholdCommentReadsBack() throws IOException {
        Gate g = new Gate(new LogisticModel(0, Map.of()), 0.35);
        assertEquals(0.35, Gate.threshold("# " + g.thresholdComment() + "\nbias\t0\n"));
    }
}
