package org.dossier.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dossier bench extraction}: what it reports, not how fast (speed is never asserted). */
class BenchCommandTest {
    private static final String[] SHORT = {"--rounds", "2", "--round-seconds", "0.2", "--warmup-seconds", "0.2"};

    private static BenchRun bench(String... args) {
        String[] all = new String[args.length + SHORT.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(SHORT, 0, all, args.length, SHORT.length);
        return BenchRun.inProcess(all);
    }

    @Test
    void jsonReportsTheCorpusTheMachineAndARunPerThreadCount() {
        BenchRun run = bench("bench", "extraction", BenchRun.examples().resolve("corpus").toString(), "--threads", "2", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = BenchRun.json(run.out().strip());
        assertEquals(10, r.get("pages").asInt(), "every file is a page, the bad ones too");
        assertEquals(8, r.get("articles").asInt());
        assertTrue(r.get("machine").get("cores").asInt() >= 1, r.toString());
        assertFalse(r.get("machine").get("java").asText().isBlank(), r.toString());
        assertEquals(2, r.get("runs").size());
        assertEquals(1, r.get("runs").get(0).get("threads").asInt());
        assertEquals(2, r.get("runs").get(1).get("threads").asInt());
        for (JsonNode x : r.get("runs")) {
            assertTrue(x.get("pages_per_second").asDouble() > 0, x.toString());
            assertTrue(x.get("peak_heap_mb").asDouble() > 0, x.toString());
        }
    }

    @Test
    void aZyteLayoutBenchmarkIsReadWithoutItsGroundTruthFile() {
        Path zyte = Path.of(System.getProperty("dossier.shared", "../../shared"), "bench", "extraction-zyte-text");
        org.junit.jupiter.api.Assumptions.assumeTrue(zyte.resolve("ground-truth.json").toFile().isFile(), "no " + zyte);
        BenchRun run = bench("bench", "extraction", zyte.toString(), "--threads", "1", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = BenchRun.json(run.out().strip());
        assertEquals(181, r.get("pages").asInt());
        assertEquals(1, r.get("runs").size());
    }

    @Test
    void theTextReportHasOneRowPerThreadCount() {
        BenchRun run = bench("bench", "extraction", BenchRun.examples().resolve("corpus").toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("machine: "), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+1\\s+\\d+\\.\\d.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+2\\s+\\d+\\.\\d.*")), run.out());
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        BenchRun run = BenchRun.inProcess("bench", "extraction", "no/such/dir");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("dossier: not a directory"), run.err());
    }
}
