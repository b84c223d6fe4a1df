package org.dossier.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dossier bench pipeline}: what it reports, not how fast (speed is never asserted). */
class BenchPipelineCommandTest {

    @Test
    void jsonReportsTheWholeRunAndEveryStageAnArticleMeets() {
        BenchRun run = BenchRun.inProcess("bench", "pipeline", BenchRun.examples().resolve("corpus").toString(),
                "--no-embeddings", "--threads", "2", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = BenchRun.json(run.out().strip());
        assertEquals(8, r.get("articles").asInt());
        assertEquals(2, r.get("rejected").asInt(), "the example corpus holds two bad inputs on purpose");
        assertTrue(r.get("wallSeconds").asDouble() > 0, r.toString());
        assertTrue(r.get("peakHeapBytes").asLong() > 0, r.toString());
        List<String> stages = new ArrayList<>();
        r.get("stages").forEach(s -> stages.add(s.get("stage").asText()));
        assertEquals(List.of("load models", "read", "extract", "language", "tokens", "ner", "dates", "quotes", "features",
                "plan", "align", "story views", "write"), stages, r.toString());
        JsonNode extract = r.get("stages").get(2);
        assertEquals(10, extract.get("calls").asInt(), "every page is extracted once, the bad ones too");
        double staged = 0;
        for (JsonNode s : r.get("stages")) {
            staged += s.get("cpuSeconds").asDouble();
        }
        assertTrue(staged <= r.get("cpuSeconds").asDouble() + 0.05, "the stages' CPU is part of the process's: " + r);
    }

    @Test
    void theTextReportNamesTheMachineAndHasARowPerStage() {
        BenchRun run = BenchRun.inProcess("bench", "pipeline", BenchRun.examples().resolve("corpus").toString(),
                "--no-nlp", "--no-embeddings");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("machine: "), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("whole run: ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("extract\\s+10\\s+.*")), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("ner ")), "no language layer, no NER row: " + run.out());
    }
}
