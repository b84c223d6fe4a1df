package org.dossier.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code dossier bench reuse}: what it reports, not how fast (speed is never asserted). */
class BenchReuseCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("dossier.shared", "../../shared"));

    @Test
    void jsonReportsTimesHeapAndHowMuchInjectedReuseWasFound() {
        Assumptions.assumeTrue(SHARED.resolve("bench/extraction-zyte/ground-truth.json").toFile().isFile(), "no corpora in " + SHARED);
        BenchRun run = BenchRun.inProcess("bench", "reuse", "--articles", "3000", "--corpora", SHARED.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = BenchRun.json(run.out().strip());
        assertEquals(3000, r.get("articles").asInt());
        assertTrue(r.get("words").asLong() > 3000 * 100, "news articles run to hundreds of words: " + r.get("words"));
        assertTrue(r.get("reuse_cpu_seconds").asDouble() > 0 && r.get("cluster_cpu_seconds").asDouble() > 0, r.toString());
        assertTrue(r.get("peak_heap_mb").asDouble() > 0, r.toString());
        assertTrue(r.get("stories").asInt() > 0 && r.get("stories").asInt() < 3000, "some articles share a story: " + r.get("stories"));
        Map<String, JsonNode> byKind = new HashMap<>();
        r.get("injected").forEach(x -> byKind.put(x.get("kind").asText(), x));
        assertEquals(java.util.Set.of("copy", "near-copy", "partial"), byKind.keySet());
        // a verbatim copy shares every shingle with its source: the detector must find nearly all of them
        JsonNode copies = byKind.get("copy");
        assertTrue(copies.get("injected").asInt() > 100, copies.toString());
        assertTrue(copies.get("found").asDouble() / copies.get("injected").asDouble() > 0.95, copies.toString());
        assertEquals(3, r.get("checkpoints").size(), "a checkpoint each 1000 articles");
    }

    @Test
    void theSameSeedStreamsTheSameArticles() {
        Assumptions.assumeTrue(SHARED.resolve("bench/extraction-zyte/ground-truth.json").toFile().isFile(), "no corpora in " + SHARED);
        JsonNode a = BenchRun.json(BenchRun.inProcess("bench", "reuse", "--articles", "1000", "--corpora", SHARED.toString(), "--json").out().strip());
        JsonNode b = BenchRun.json(BenchRun.inProcess("bench", "reuse", "--articles", "1000", "--corpora", SHARED.toString(), "--json").out().strip());
        JsonNode c = BenchRun.json(BenchRun.inProcess("bench", "reuse", "--articles", "1000", "--corpora", SHARED.toString(), "--json",
                "--seed", "7").out().strip());
        assertEquals(a.get("words"), b.get("words"));
        assertEquals(a.get("injected"), b.get("injected"));
        assertNotEquals(a.get("words"), c.get("words"));
    }

    @Test
    void aMissingCorpusIsNamedInOneLine() {
        BenchRun run = BenchRun.inProcess("bench", "reuse", "--articles", "10", "--corpora", "/nonexistent/shared");
        assertNotEquals(0, run.code());
        assertTrue(run.err().contains("/nonexistent/shared/bench/extraction-zyte/ground-truth.json is missing"), run.err());
        assertFalse(run.err().contains("at org."), "no stack trace: " + run.err());
    }
}
