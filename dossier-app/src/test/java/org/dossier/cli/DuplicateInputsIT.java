package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Issue 14: the same article in two inputs is normal in news (a page saved twice, crawls that share
 * records); {@code analyze --out} analyses it once, lists the repeat, and writes every file.
 */
class DuplicateInputsIT {
    private static final List<String> EVERY_FILE = List.of("articles.jsonl", "rejected.jsonl", "duplicates.jsonl",
            "dates.jsonl", "entities.jsonl", "quotes.jsonl", "stories.jsonl", "reuse.jsonl", "claims.jsonl",
            "timeline.jsonl", "framing.jsonl", "briefing.md", "index.html", "run.json");

    @TempDir
    Path tmp;

    @Test
    void aPageSavedTwiceIsOneArticleAListedDuplicateAndACompleteDossier() throws IOException {
        Path in = tmp.resolve("in");
        Path first = Dossiers.copyExample("02_coastline_daily.txt", in.resolve("monday/coastline.txt"));
        Files.createDirectories(in.resolve("tuesday"));
        Files.copy(first, in.resolve("tuesday/coastline-saved-again.txt"));
        Dossiers.copyExample("03_marrowick_courier.txt", in.resolve("monday/marrowick.txt"));
        Dossiers.copyExample("04_northern_ledger.html", in.resolve("tuesday/ledger.html"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.inProcess("analyze", in.toString(), "--out", out.toString(), "-q");

        assertEquals(0, run.code(), "a duplicate is not a rejection: " + run.err());
        assertTrue(run.summary().matches("3 articles, 0 rejected, 1 duplicate, \\d+\\.\\d s"), run.summary());
        assertEveryFileWritten(out);
        List<JsonNode> articles = Dossiers.articles(out);
        assertEquals(3, articles.size());
        assertEquals(3, articles.stream().map(a -> a.get("id").asText()).collect(Collectors.toSet()).size());
        JsonNode dup = Dossiers.lines(out.resolve("duplicates.jsonl")).getFirst();
        assertTrue(dup.get("source").asText().endsWith("coastline-saved-again.txt"), dup.toString());
        assertTrue(dup.get("first_source").asText().endsWith("coastline.txt"), dup.toString());
        String coastline = articles.stream().filter(a -> a.get("source").asText().endsWith("monday/coastline.txt"))
                .findFirst().orElseThrow().get("id").asText();
        assertEquals(coastline, dup.get("article").asText());
        assertFalse(Dossiers.lines(out.resolve("stories.jsonl")).isEmpty(), "the cross-article phase ran");
        assertEquals("complete", Dossiers.json(Files.readString(out.resolve("run.json"))).get("status").asText());
    }

    @Test
    void threeCrawlsThatShareRecordsGiveEachArticleOnce() throws IOException {
        Map<String, String> pages = Map.of(
                "https://coastline.example/ferry", "02_coastline_daily.txt",
                "https://marrowick.example/harbour", "03_marrowick_courier.txt",
                "https://ledger.example/port", "04_northern_ledger.html",
                "https://tidewater.example/vote", "05_tidewater_post.txt");
        Path in = tmp.resolve("crawls");
        Files.createDirectories(in);
        // each crawl saw three of the four pages; every page is in at least two crawls
        warc(in.resolve("a.warc.gz"), pages, List.of("https://coastline.example/ferry", "https://marrowick.example/harbour",
                "https://ledger.example/port"));
        warc(in.resolve("b.warc.gz"), pages, List.of("https://marrowick.example/harbour", "https://ledger.example/port",
                "https://tidewater.example/vote"));
        warc(in.resolve("c.warc.gz"), pages, List.of("https://tidewater.example/vote", "https://coastline.example/ferry",
                "https://ledger.example/port"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.inProcess("analyze", in.toString(), "--out", out.toString(), "-q");

        assertEquals(0, run.code(), run.err());
        assertEveryFileWritten(out);
        List<JsonNode> articles = Dossiers.articles(out);
        Set<String> urls = new HashSet<>();
        articles.forEach(a -> urls.add(a.get("url").asText()));
        assertEquals(pages.keySet(), urls);
        assertEquals(4, articles.size(), "each page once");
        assertEquals(5, Dossiers.lines(out.resolve("duplicates.jsonl")).size(), "nine records, four pages");
    }

    private static void assertEveryFileWritten(Path out) {
        for (String f : EVERY_FILE) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " is written");
            assertFalse(Files.exists(out.resolve(f + ".part")), f + " is whole, no part left");
        }
    }

    private static void warc(Path file, Map<String, String> pages, List<String> urls) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String url : urls) {
                String name = pages.get(url);
                byte[] body = Files.readAllBytes(Dossiers.examples().resolve("corpus").resolve(name));
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
                ByteArrayOutputStream http = new ByteArrayOutputStream();
                http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                http.writeBytes(body);
                w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-03-02T10:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
            }
        }
    }
}
