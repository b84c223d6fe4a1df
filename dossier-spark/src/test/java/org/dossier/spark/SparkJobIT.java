package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.batch.Progress;
import org.dossier.ingest.InputResolver;
import org.dossier.pipeline.LocalRun;
import org.dossier.pipeline.Stages;
import org.dossier.ingest.Gzip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in {@code local[2]} on the sample scrapes, a WARC.gz of the Zyte benchmark's pages
 * (with a truncated record spliced in, and two pages saved again at its end) and a folder of copies
 * (a sample scrape saved again, a page that gives no article saved twice) writes the dossier
 * {@code dossier analyze} writes on the same inputs, line for line: articles, rejections, duplicates,
 * dates, entities, quotes, stories, reuse, claims, timeline, framing, and the briefing in Markdown and
 * HTML, though the job's cross-article phase runs blocked across executors (the plan on the driver
 * from text-free digests, pairs and stories on the executors) and the copies of a page fall in other
 * slices than the page, or in its own. The WARC holds the first {@value #PAGES} benchmark pages (by
 * id), which keeps the two runs within a few minutes on a shared two-core machine.
 */
class SparkJobIT {
    private static final Instant CRAWLED = Instant.parse("2024-05-01T10:00:00Z");
    /** Every file of a dossier but run.json, which holds no analysis. */
    private static final List<String> COMPARED = List.of("articles.jsonl", "rejected.jsonl", "duplicates.jsonl",
            "dates.jsonl", "entities.jsonl", "quotes.jsonl", "stories.jsonl", "reuse.jsonl", "claims.jsonl",
            "timeline.jsonl", "framing.jsonl", "briefing.md", "index.html");
    private static final int PAGES = 70;
    /** The WARC's slices: its copy of page 4 falls in page 4's slice, its copy of page 0 in another. */
    private static final int SLICES = 4;
    private static final String NO_ARTICLE = "<!doctype html><html><head><title>Menu</title></head>"
            + "<body><nav><a href=\"/\">Home</a></nav></body></html>";

    @TempDir
    Path tmp;

    @Test
    void sparkJobWritesTheDossierThatAnalyzeWrites() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Path bench = shared == null ? null : Path.of(shared, "bench", "extraction-zyte");
        Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
        assumeTrue(bench != null && Files.isRegularFile(bench.resolve("ground-truth.json")) && Files.isDirectory(seeds),
                "no ../shared/bench/extraction-zyte or ../shared/corpus/seeds");
        Path warc = tmp.resolve("zyte.warc.gz");
        long truncatedAt = writeWarc(warc, bench);
        Path copies = tmp.resolve("copies");
        Files.createDirectories(copies);
        try (var pages = Files.list(seeds)) {
            Path seed = pages.sorted().skip(2).findFirst().orElseThrow();
            Files.copy(seed, copies.resolve("seed-saved-again" + seed.getFileName()));
        }
        Files.writeString(copies.resolve("no-article-1.html"), NO_ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(copies.resolve("no-article-2.html"), NO_ARTICLE, StandardCharsets.UTF_8);
        List<String> inputs = List.of(seeds.toString(), warc.toString(), copies.toString());

        // what `dossier analyze INPUTS --out DIR` runs
        Path cli = tmp.resolve("cli");
        LocalRun.Outcome local = LocalRun.run(new InputResolver().resolve(inputs), Optional.of(cli), Optional.empty(),
                new LocalRun.Options(new Stages.Options(true, true, Runtime.getRuntime().availableProcessors()), 16L << 20), "test", n -> { }, Progress.silent());
        assertEquals(3, local.rejected(), "analyze: one record is truncated, one page twice gives no article");
        assertEquals(3, local.batch().duplicates(), "analyze: a seed and two benchmark pages are saved again");

        Path job = tmp.resolve("spark");
        List<String> submit = new ArrayList<>(List.of("--master", "local[2]", "--slices", String.valueOf(SLICES),
                "--out", job.toString()));
        submit.addAll(inputs);
        assertEquals(1, DossierJob.run(submit.toArray(String[]::new)), "the job: some inputs are rejected");

        for (String file : COMPARED) {
            List<String> expected = Files.readAllLines(cli.resolve(file));
            List<String> actual = Files.readAllLines(job.resolve(file));
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), file + " line " + (i + 1));
            }
            assertEquals(expected.size(), actual.size(), file + ": line count");
        }

        ObjectMapper json = new ObjectMapper();
        List<String> articles = Files.readAllLines(job.resolve("articles.jsonl"));
        assertTrue(articles.size() > 60, "the seeds and most benchmark pages give articles: " + articles.size());
        JsonNode rejection = json.readTree(Files.readAllLines(job.resolve("rejected.jsonl")).get(0));
        assertEquals(warc + "#" + truncatedAt, rejection.path("source").asText(), "the truncated record is named");
        assertEquals("malformed", rejection.path("code").asText());
        List<String> rejected = Files.readAllLines(job.resolve("rejected.jsonl"));
        assertEquals(3, rejected.size(), "the truncated record and the page without an article, twice");
        JsonNode again = json.readTree(rejected.get(2));
        assertTrue(again.path("source").asText().endsWith("no-article-2.html"), again.toString());
        assertEquals(json.readTree(rejected.get(1)).path("code"), again.path("code"), "the copy is rejected for the same reason");
        List<String> duplicates = Files.readAllLines(job.resolve("duplicates.jsonl"));
        assertEquals(3, duplicates.size(), "the two benchmark pages saved again and the seed saved again");
        assertTrue(json.readTree(duplicates.get(2)).path("source").asText().contains("seed-saved-again"), duplicates.get(2));
        assertTrue(Files.readAllLines(job.resolve("stories.jsonl")).size() > 1, "stories are written");
        assertTrue(Files.readAllLines(job.resolve("quotes.jsonl")).size() > 30, "quotes are written");
        assertTrue(Files.readAllLines(job.resolve("reuse.jsonl")).size() > 3, "reuse is written");
        assertTrue(Files.readAllLines(job.resolve("claims.jsonl")).size() > 3, "claims are written");

    }

    /**
     * A response record per benchmark page; after the 60th page, a response whose gzip member is cut
     * in half; at the end, pages 0 and 4 again (items {@code PAGES + 1} and {@code PAGES + 2}: with
     * {@value #SLICES} slices the first copy falls in another slice than its page, the second in its own).
     */
    private static long writeWarc(Path warc, Path bench) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        ids = ids.subList(0, Math.min(PAGES, ids.size()));
        long truncatedAt = -1;
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int n = 0; n < ids.size(); n++) {
                String id = ids.get(n);
                byte[] html = inflate(bench.resolve("html").resolve(id + ".html.gz"));
                writer.write(response(URI.create(truth.path(id).path("url").asText()), html));
                if (n == 60) {
                    truncatedAt = channel.position();
                    ByteArrayOutputStream whole = new ByteArrayOutputStream();
                    try (WarcWriter w = new WarcWriter(Channels.newChannel(whole), WarcCompression.GZIP)) {
                        w.write(response(URI.create("https://cut.example/story"), html));
                    }
                    channel.write(ByteBuffer.wrap(whole.toByteArray(), 0, whole.size() / 2));
                }
            }
            for (int n : new int[] {0, 4}) {
                String id = ids.get(n);
                writer.write(response(URI.create(truth.path(id).path("url").asText()),
                        inflate(bench.resolve("html").resolve(id + ".html.gz"))));
            }
        }
        return truncatedAt;
    }

    private static WarcResponse response(URI uri, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(body);
        return new WarcResponse.Builder(uri).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    private static byte[] inflate(Path gz) throws IOException {
        try (InputStream in = Gzip.maybeInflate(new BufferedInputStream(Files.newInputStream(gz)))) {
            return in.readAllBytes();
        }
    }
}
