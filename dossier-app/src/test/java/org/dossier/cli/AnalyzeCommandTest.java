package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract from issue 2: inputs, summary line, {@code --json}, help, version and exit codes. */
class AnalyzeCommandTest {
    private static final String SUMMARY = "\\d+ articles, \\d+ rejected, \\d+\\.\\d s";

    @TempDir
    Path tmp;

    /** A directory of real-looking pages from the example corpus, one nested, one hidden. */
    private Path pages() {
        Path in = tmp.resolve("in");
        Dossiers.copyExample("02_coastline_daily.txt", in.resolve("a.txt"));
        Dossiers.copyExample("03_marrowick_courier.txt", in.resolve("b.txt"));
        Dossiers.copyExample("04_northern_ledger.html", in.resolve("c.html"));
        Dossiers.copyExample("05_tidewater_post.txt", in.resolve("sub/deeper/d.txt"));
        Dossiers.copyExample("09_empty.txt", in.resolve(".hidden/ignored.txt"));
        return in;
    }

    private static Set<String> sources(Path out) {
        Set<String> s = new TreeSet<>();
        for (JsonNode a : Dossiers.articles(out)) {
            s.add(Path.of(a.get("source").asText()).getFileName().toString());
        }
        for (JsonNode r : Dossiers.rejected(out)) {
            s.add(Path.of(r.get("source").asText()).getFileName().toString());
        }
        return s;
    }

    @Test
    void aDirectoryIsReadRecursivelyWithoutHiddenFilesAndExitsZeroWhenEveryPageGaveAnArticle() {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", pages().toString(), "--out", out.toString(), "-q");
        assertEquals(0, run.code(), run.err());
        assertEquals(Set.of("a.txt", "b.txt", "c.html", "d.txt"), sources(out));
        assertTrue(run.summary().matches("4 articles, 0 rejected, \\d+\\.\\d s"), run.summary());
        for (String f : List.of("articles.jsonl", "rejected.jsonl", "briefing.md", "index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void aRejectedInputMakesTheExitCodeOneAndIsListedInRejectedJsonl() throws IOException {
        Path in = pages();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", in.toString(), "--out", out.toString(), "-q");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.summary().matches("4 articles, 1 rejected, \\d+\\.\\d s"), run.summary());
        JsonNode r = Dossiers.rejected(out).getFirst();
        assertEquals("empty", r.get("code").asText());
        assertTrue(r.get("source").asText().endsWith("empty.txt"), r.toString());
    }

    @Test
    void anInputThatNamesNothingBesideRealOnesIsRejectedAsUnreadable() {
        Path out = tmp.resolve("out");
        Path missing = tmp.resolve("no-such-page.html");
        CliRun run = CliRun.inProcess("analyze", pages().resolve("a.txt").toString(), missing.toString(),
                "--out", out.toString(), "-q");
        assertEquals(1, run.code(), run.err());
        JsonNode r = Dossiers.rejected(out).getFirst();
        assertEquals("unreadable", r.get("code").asText());
        assertEquals(missing.toString(), r.get("source").asText());
    }

    @Test
    void theOutputDirectoryIsNotReadAsInputWhenItLiesInsideTheInput() {
        Path in = pages();
        Path out = in.resolve("dossier");
        for (int run = 0; run < 2; run++) {
            CliRun again = CliRun.inProcess("analyze", in.toString(), "--out", out.toString(), "-q");
            assertEquals(0, again.code(), again.err());
            assertEquals(Set.of("a.txt", "b.txt", "c.html", "d.txt"), sources(out));
        }
    }

    @Test
    void aGlobMatchesOnlyTheFilesItNames() {
        Path in = pages();
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", in + "/*.txt", "--out", out.toString(), "-q");
        assertEquals(0, run.code(), run.err());
        assertEquals(Set.of("a.txt", "b.txt"), sources(out));
    }

    @Test
    void aDoubleStarGlobAlsoMatchesFilesDirectlyInItsRootLikeAShellDoes() {
        Path in = pages();
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", in + "/**/*.txt", "--out", out.toString(), "-q");
        assertEquals(0, run.code(), run.err());
        assertEquals(Set.of("a.txt", "b.txt", "d.txt"), sources(out));
    }

    @Test
    void aDashReadsOnePageFromStandardInput() throws IOException {
        Path out = tmp.resolve("out");
        byte[] page = Files.readAllBytes(Dossiers.examples().resolve("corpus/03_marrowick_courier.txt"));
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(page));
            run = CliRun.inProcess("analyze", "-", "--out", out.toString(), "-q");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, run.code(), run.err());
        JsonNode a = Dossiers.articles(out).getFirst();
        assertEquals("-", a.get("source").asText());
        assertTrue(a.get("body").asText().contains("Lower Fenmoor"), a.get("body").asText());
    }

    @Test
    void jsonPrintsTheSummaryAsOneObject() {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", pages().toString(), "--out", out.toString(), "--json", "-q");
        assertEquals(0, run.code(), run.err());
        JsonNode s = Dossiers.json(run.out().strip());
        assertEquals(4, s.get("articles").asInt());
        assertEquals(0, s.get("rejected").asInt());
        assertTrue(s.get("seconds").isNumber(), s.toString());
        assertTrue(s.get("bytes").asLong() > 0, s.toString());
        assertEquals(out.toString(), s.get("out").asText());
    }

    @Test
    void jsonBreaksTheRunsTimeDownByStage() {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.inProcess("analyze", pages().toString(), "--out", out.toString(), "--json", "-q", "--no-nlp",
                "--no-embeddings");
        assertEquals(0, run.code(), run.err());
        JsonNode s = Dossiers.json(run.out().strip());
        java.util.Map<String, JsonNode> stages = new java.util.HashMap<>();
        s.get("stages").forEach(st -> stages.put(st.get("stage").asText(), st));
        assertEquals(4, stages.get("extract").get("calls").asInt(), "one extraction a page: " + s);
        assertEquals(4, stages.get("features").get("calls").asInt(), s.toString());
        assertTrue(stages.containsKey("plan") && stages.containsKey("write"), s.toString());
        assertTrue(!stages.containsKey("ner"), "no language layer, no NER: " + s);
        for (JsonNode st : s.get("stages")) {
            assertTrue(st.get("seconds").asDouble() <= 2 * s.get("seconds").asDouble() + 0.01,
                    "a stage's thread time fits in the run's wall time on its threads: " + s);
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.inProcess("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("analyze") && run.out().contains("eval") && run.out().contains("bench"), run.out());
        CliRun analyze = CliRun.inProcess("analyze", "--help");
        assertEquals(0, analyze.code());
        assertTrue(analyze.out().contains("--out") && analyze.out().contains("Exit codes"), analyze.out());
    }

    @Test
    void versionNamesDossierAndTheJavaRuntime() {
        CliRun run = CliRun.inProcess("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("dossier "), run.out());
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() {
        Path in = pages();
        String out = tmp.resolve("out").toString();
        List<List<String>> wrong = List.of(
                List.of("analyze"),
                List.of("analyze", in.toString()),
                List.of("analyze", in.toString(), "--out"),
                List.of("analyze", in.toString(), "--out", out, "--frobnicate"),
                List.of("analyze", in.toString(), "--out", out, "--threads", "0"),
                List.of("analyze", in.toString(), "--out", out, "--max-page-mb", "0"),
                List.of("analyze", tmp.resolve("nothing-here").toString(), "--out", out),
                List.of("no-such-command"));
        for (List<String> args : wrong) {
            CliRun run = CliRun.inProcess(args.toArray(String[]::new));
            assertEquals(2, run.code(), args + ": " + run.err());
            assertTrue(run.err().startsWith("dossier: "), args + ": " + run.err());
            assertFalse(run.printedStackTrace(), args + ": " + run.err());
        }
    }

    @Test
    void anOutputThatCannotBeWrittenFailsWithOneLineAndExitThree() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        CliRun run = CliRun.inProcess("analyze", pages().toString(), "--out", file.toString(), "-q");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().startsWith("dossier: ") && run.err().contains(file.toString()), run.err());
        assertFalse(run.printedStackTrace(), run.err());
    }

    @Test
    void theSummaryLineIsTheLastLineOfStandardOutput() {
        CliRun run = CliRun.inProcess("analyze", pages().toString(), "--out", tmp.resolve("out").toString(), "-q");
        assertTrue(run.summary().matches(SUMMARY), run.summary());
        assertEquals(run.out().strip(), run.summary(), "nothing but the summary on stdout");
    }
}
