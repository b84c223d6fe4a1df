package org.dossier.batch;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.Gzip;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Zyte benchmark's 181 pages give the same articles (ids, titles, bodies) read as HTML files
 * and read by the batch from one WARC.gz of request/response records, with a truncated record and a
 * PDF response spliced in: the truncated record is one {@code malformed} rejection, the PDF is
 * skipped, nothing else changes.
 */
class WarcEquivalenceIT {
    private static final Instant CRAWLED = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path tmp;

    /** What one run gave, by benchmark page id. */
    private record Run(Map<String, Article> articles, Map<String, Rejection> rejected, List<Rejection> unmatched) {
    }

    @Test
    void benchmarkPagesGiveTheSameArticlesFromAWarcAsFromHtmlFiles() throws IOException {
        String shared = System.getProperty("dossier.shared");
        Path bench = shared == null ? null : Path.of(shared, "bench", "extraction-zyte");
        assumeTrue(bench != null && Files.isRegularFile(bench.resolve("ground-truth.json")), "no ../shared/bench/extraction-zyte");
        JsonNode truth = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
        Map<String, String> urls = new TreeMap<>();
        truth.fields().forEachRemaining(e -> urls.put(e.getKey(), e.getValue().path("url").asText()));
        Path warc = tmp.resolve("zyte.warc.gz");
        Map<String, String> idByRecord = new HashMap<>();
        long truncatedAt = writeWarc(warc, bench, urls, idByRecord);

        Run fromHtml = extractFiles(bench, urls);
        Run fromWarc = run(List.of(InputFile.of(warc)), idByRecord);

        assertEquals(urls.size(), fromHtml.articles().size() + fromHtml.rejected().size());
        assertEquals(fromHtml.articles().keySet(), fromWarc.articles().keySet(), "the same pages give articles");
        assertEquals(fromHtml.rejected().keySet(), fromWarc.rejected().keySet(), "the same pages are rejected");
        for (var e : fromHtml.articles().entrySet()) {
            Article html = e.getValue();
            Article fromRecord = fromWarc.articles().get(e.getKey());
            assertEquals(html.id(), fromRecord.id(), "the same bytes and URL give the same article id: " + e.getKey());
            assertEquals(html.metadata().title(), fromRecord.metadata().title(), "title of " + e.getKey());
            assertEquals(html.body(), fromRecord.body(), "body of " + e.getKey());
        }
        assertEquals(1, fromWarc.unmatched().size(), "one failure besides the benchmark pages: " + fromWarc.unmatched());
        Rejection cut = fromWarc.unmatched().get(0);
        assertEquals(warc + "#" + truncatedAt, cut.source());
        assertEquals("malformed", cut.code());
        assertTrue(fromHtml.articles().size() > 150, "most benchmark pages give articles: " + fromHtml.articles().size());
    }

    /**
     * The HTML files read as the benchmark reads them: each page with its URL from ground-truth.json,
     * as a WARC record carries it, so an extractor that uses the URL sees the same input both ways.
     */
    private static Run extractFiles(Path bench, Map<String, String> urls) throws IOException {
        Map<String, Article> articles = new TreeMap<>();
        Map<String, Rejection> rejected = new TreeMap<>();
        PageExtractor extractor = new PageExtractor();
        for (var e : urls.entrySet()) {
            Path file = bench.resolve("html").resolve(e.getKey() + ".html.gz");
            RawPage page = new RawPage(file.toString(), inflate(file), Optional.of(e.getValue()), Optional.empty(), Optional.empty());
            switch (extractor.extract(page)) {
                case Extraction.Found f -> articles.put(e.getKey(), f.article());
                case Extraction.Rejected r -> rejected.put(e.getKey(), r.rejection());
            }
        }
        return new Run(articles, rejected, List.of());
    }

    private static Run run(List<InputFile> inputs, Map<String, String> ids) {
        Map<String, Article> articles = new TreeMap<>();
        Map<String, Rejection> rejected = new TreeMap<>();
        List<Rejection> unmatched = new ArrayList<>();
        BatchRunner runner = new BatchRunner(new PageReader(Limits.DEFAULT), new PageExtractor(), 2);
        runner.run(inputs, new BatchListener() {
            @Override
            public void article(Article article) {
                articles.put(ids.get(article.source()), article);
            }

            @Override
            public void rejected(Rejection rejection) {
                String id = ids.get(rejection.source());
                if (id == null) {
                    unmatched.add(rejection);
                } else {
                    rejected.put(id, rejection);
                }
            }
        }, Progress.silent());
        return new Run(articles, rejected, unmatched);
    }

    /**
     * Writes a request and a response record per page; after the 90th page a response whose gzip
     * member is cut in half, after the 120th a PDF. Returns the truncated record's offset.
     */
    private static long writeWarc(Path warc, Path bench, Map<String, String> urls, Map<String, String> idByRecord)
            throws IOException {
        long truncatedAt = -1;
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            int n = 0;
            for (var e : urls.entrySet()) {
                byte[] html = inflate(bench.resolve("html").resolve(e.getKey() + ".html.gz"));
                URI uri = URI.create(e.getValue());
                writer.write(request(uri));
                idByRecord.put(warc + "#" + channel.position(), e.getKey());
                writer.write(response(uri, "text/html", html));
                if (++n == 90) {
                    truncatedAt = channel.position();
                    byte[] whole = member(response(URI.create("https://cut.example/story"), "text/html", html));
                    channel.write(ByteBuffer.wrap(whole, 0, whole.length / 2));
                }
                if (n == 120) {
                    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
                    writer.write(response(URI.create("https://files.example/report.pdf"), "application/pdf", pdf));
                }
            }
        }
        return truncatedAt;
    }

    private static WarcRequest request(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        byte[] req = ("GET " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\nHost: "
                + uri.getHost() + "\r\nUser-Agent: Dossier-test\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return new WarcRequest.Builder(uri).date(CRAWLED).body(MediaType.HTTP_REQUEST, req).build();
    }

    private static WarcResponse response(URI uri, String type, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(body);
        return new WarcResponse.Builder(uri).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    private static byte[] member(WarcResponse record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(record);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(Path gz) throws IOException {
        try (InputStream in = Gzip.maybeInflate(new BufferedInputStream(Files.newInputStream(gz)))) {
            return in.readAllBytes();
        }
    }
}
