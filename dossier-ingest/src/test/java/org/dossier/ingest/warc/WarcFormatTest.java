package org.dossier.ingest.warc;

import static org.dossier.ingest.warc.WarcFixture.DATE;
import static org.dossier.ingest.warc.WarcFixture.article;
import static org.dossier.ingest.warc.WarcFixture.concat;
import static org.dossier.ingest.warc.WarcFixture.cut;
import static org.dossier.ingest.warc.WarcFixture.htmlResponse;
import static org.dossier.ingest.warc.WarcFixture.http;
import static org.dossier.ingest.warc.WarcFixture.record;
import static org.dossier.ingest.warc.WarcFixture.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RawPage;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcFormatTest {
    @TempDir
    Path dir;

    private List<ReadResult> read(String name, byte[] warc) throws IOException {
        return read(name, warc, Limits.DEFAULT);
    }

    private List<ReadResult> read(String name, byte[] warc, Limits limits) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, warc);
        try (Stream<ReadResult> s = new PageReader(limits).read(InputFile.of(file))) {
            return s.toList();
        }
    }

    private static RawPage page(ReadResult r) {
        return assertInstanceOf(ReadResult.Page.class, r).page();
    }

    private static Rejection failure(ReadResult r) {
        return assertInstanceOf(ReadResult.Failed.class, r).rejection();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void htmlResponseBecomesAPageWithItsUrlCrawlDateAndContentType(boolean gzip) throws IOException {
        byte[] warc = record(htmlResponse("https://news.example/a", article("Alpha")), gzip);
        List<ReadResult> out = read(gzip ? "crawl.warc.gz" : "crawl.warc", warc);
        assertEquals(1, out.size());
        RawPage p = page(out.get(0));
        assertEquals(Optional.of("https://news.example/a"), p.url());
        assertEquals(Optional.of(DATE), p.fetched());
        assertEquals(Optional.of("text/html; charset=utf-8"), p.contentType());
        assertEquals(article("Alpha"), new String(p.bytes(), StandardCharsets.UTF_8));
        assertTrue(p.source().endsWith((gzip ? "crawl.warc.gz" : "crawl.warc") + "#0"), p.source());
    }

    @Test
    void requestsMetadataRevisitsWarcinfoImagesAndErrorPagesAreSkippedSilently() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        byte[] warc = concat(
                record(WarcFixture.warcinfo(), true),
                record(WarcFixture.request("https://news.example/a"), true),
                record(htmlResponse("https://news.example/a", article("Alpha")), true),
                record(WarcFixture.metadata("https://news.example/a"), true),
                record(response("https://news.example/logo.png", http(200, "Content-Type: image/png\r\n", png)), true),
                record(response("https://news.example/gone", http(404, "Content-Type: text/html\r\n",
                        article("Not found").getBytes(StandardCharsets.UTF_8))), true),
                record(WarcFixture.revisit("https://news.example/a"), true),
                record(htmlResponse("https://news.example/b", article("Beta")), true));
        List<ReadResult> out = read("mixed.warc.gz", warc);
        assertEquals(List.of(Optional.of("https://news.example/a"), Optional.of("https://news.example/b")),
                out.stream().map(r -> page(r).url()).toList());
    }

    @Test
    void chunkedAndGzipEncodedBodiesAreDecodedToTheServersPage() throws IOException {
        byte[] html = article("Gamma").getBytes(StandardCharsets.UTF_8);
        byte[] gz = WarcFixture.gzip(html);
        String chunked = Integer.toHexString(gz.length) + "\r\n";
        byte[] body = concat(chunked.getBytes(StandardCharsets.US_ASCII), gz, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] httpBytes = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        List<ReadResult> out = read("enc.warc.gz", record(response("https://news.example/g", httpBytes), true));
        assertEquals(article("Gamma"), new String(page(out.get(0)).bytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void truncatedRecordInTheMiddleIsReportedByOffsetAndTheRestIsRead(boolean gzip) throws IOException {
        byte[] a = record(htmlResponse("https://news.example/a", article("Alpha")), gzip);
        byte[] b = record(htmlResponse("https://news.example/b", article("Beta")), gzip);
        byte[] c = record(htmlResponse("https://news.example/c", article("Gamma")), gzip);
        byte[] warc = concat(a, cut(b, b.length / 2), c);
        List<ReadResult> out = read(gzip ? "cut.warc.gz" : "cut.warc", warc);
        assertEquals(3, out.size(), out.toString());
        assertEquals(Optional.of("https://news.example/a"), page(out.get(0)).url());
        Rejection bad = failure(out.get(1));
        assertEquals("malformed", bad.code());
        assertTrue(bad.source().endsWith("#" + a.length), bad.source());
        assertEquals(Optional.of("https://news.example/c"), page(out.get(2)).url());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void truncatedTailEndsTheFileWithOneFailure(boolean gzip) throws IOException {
        byte[] a = record(htmlResponse("https://news.example/a", article("Alpha")), gzip);
        byte[] b = record(htmlResponse("https://news.example/b", article("Beta")), gzip);
        List<ReadResult> out = read(gzip ? "tail.warc.gz" : "tail.warc", concat(a, cut(b, b.length - 40)));
        assertEquals(2, out.size(), out.toString());
        page(out.get(0));
        Rejection bad = failure(out.get(1));
        assertEquals("malformed", bad.code());
        assertTrue(bad.source().endsWith("#" + a.length), bad.source());
    }

    @Test
    void recordOverThePageCapIsRejectedTooLargeAndReadingGoesOn() throws IOException {
        String big = article("Big") + "<!--" + "x".repeat(20_000) + "-->";
        byte[] warc = concat(record(htmlResponse("https://news.example/big", big), true),
                record(htmlResponse("https://news.example/b", article("Beta")), true));
        List<ReadResult> out = read("cap.warc.gz", warc, new Limits(10_000));
        assertEquals("too-large", failure(out.get(0)).code());
        assertEquals(Optional.of("https://news.example/b"), page(out.get(1)).url());
    }

    @Test
    void gzipBombInAResponseBodyIsRejectedTooLargeAtTheCap() throws IOException {
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bomb)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                gz.write(spaces);
            }
        }
        byte[] httpBytes = http(200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb.toByteArray());
        byte[] warc = concat(record(response("https://news.example/bomb", httpBytes), true),
                record(htmlResponse("https://news.example/b", article("Beta")), true));
        List<ReadResult> out = read("bomb.warc.gz", warc, new Limits(1 << 20));
        Rejection r = failure(out.get(0));
        assertEquals("too-large", r.code());
        assertTrue(r.message().contains("after decoding"), r.message());
        assertEquals(Optional.of("https://news.example/b"), page(out.get(1)).url());
    }

    @Test
    void aBodyInAnEncodingThatCannotBeUndoneIsRejectedUnsupportedAndReadingGoesOn() throws IOException {
        byte[] httpBytes = http(200, "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                new byte[] {0x1b, 0x2f, 0x00, (byte) 0xa4, 0x11, 0x22, 0x33});
        byte[] warc = concat(record(response("https://news.example/br", httpBytes), true),
                record(htmlResponse("https://news.example/b", article("Beta")), true));
        List<ReadResult> out = read("br.warc.gz", warc);
        Rejection r = failure(out.get(0));
        assertEquals("unsupported", r.code());
        assertTrue(r.message().startsWith("the HTTP body cannot be decoded"), r.message());
        assertEquals(Optional.of("https://news.example/b"), page(out.get(1)).url());
    }

    @Test
    void warcWithoutPagesSaysWhatItHeld() throws IOException {
        byte[] warc = concat(record(WarcFixture.warcinfo(), true), record(WarcFixture.request("https://news.example/a"), true));
        List<ReadResult> out = read("empty.warc.gz", warc);
        Rejection r = failure(out.get(0));
        assertEquals("no-article", r.code());
        assertTrue(r.message().contains("1 × request") && r.message().contains("1 × warcinfo"), r.message());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void randomlyCorruptedWarcsAlwaysEndWithoutThrowingAndNeverInventPages(boolean gzip) throws IOException {
        List<byte[]> records = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(record(htmlResponse("https://news.example/" + i, article("Story " + i)), gzip));
            records.add(record(WarcFixture.request("https://news.example/" + i), gzip));
        }
        byte[] clean = concat(records.toArray(byte[][]::new));
        java.util.Random random = new java.util.Random(20241123L);
        for (int trial = 0; trial < 150; trial++) {
            byte[] bad = clean.clone();
            int damage = 1 + random.nextInt(4);
            for (int d = 0; d < damage; d++) {
                int at = random.nextInt(bad.length);
                int len = 1 + random.nextInt(64);
                for (int k = at; k < Math.min(bad.length, at + len); k++) {
                    bad[k] = (byte) random.nextInt(256);
                }
            }
            if (random.nextBoolean()) {
                bad = cut(bad, random.nextInt(bad.length));
            }
            List<ReadResult> out = read("fuzz-" + trial + (gzip ? ".warc.gz" : ".warc"), bad);
            // damage inside a header value or a body cannot be told from data (no digest covers the
            // header), so what is checked is that reading ends, says something, and stays in bounds
            assertTrue(!out.isEmpty() && out.size() <= 2 * records.size() + 1, "trial " + trial + " gave " + out.size() + " results");
            long pages = out.stream().filter(r -> r instanceof ReadResult.Page).count();
            assertTrue(pages <= 6, "trial " + trial + " gave " + pages + " pages from 6 responses");
        }
    }

    @Test
    void fileNamedWarcThatIsNotOneIsOneClearFailure() throws IOException {
        List<ReadResult> out = read("junk.warc", "this is not a WARC file at all\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, out.size(), out.toString());
        Rejection r = failure(out.get(0));
        assertEquals("malformed", r.code());
        assertTrue(r.source().endsWith("junk.warc#0"), r.source());
    }

    /** An ARC v1 record: a one-line header whose last field is the length of what follows, then a newline. */
    private static byte[] arcRecord(String url, String type, byte[] body, boolean gzip) {
        byte[] head = (url + " 192.0.2.1 20240419123205 " + type + " " + body.length + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] rec = concat(head, body, "\n".getBytes(StandardCharsets.US_ASCII));
        return gzip ? WarcFixture.gzip(rec) : rec;
    }

    @Test
    void arcFilesFromOlderCrawlsAreReadLikeWarc() throws IOException {
        byte[] desc = "1 0 Dossier\nURL IP-address Archive-date Content-type Archive-length\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = http(200, "Content-Type: text/html; charset=utf-8\r\n", article("Alpha").getBytes(StandardCharsets.UTF_8));
        byte[] arc = concat(arcRecord("filedesc://old.arc", "text/plain", desc, true),
                arcRecord("http://news.example/a", "text/html", html, true));
        List<ReadResult> out = read("old.arc.gz", arc);
        assertEquals(1, out.size(), out.toString());
        RawPage p = page(out.get(0));
        assertEquals(Optional.of("http://news.example/a"), p.url());
        assertEquals(Optional.of(java.time.Instant.parse("2024-04-19T12:32:05Z")), p.fetched());
        assertEquals(article("Alpha"), new String(p.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void warcIsRecognisedByItsFirstBytesWhateverItsName() throws IOException {
        List<ReadResult> out = read("download.bin", record(htmlResponse("https://news.example/a", article("Alpha")), true));
        assertEquals(Optional.of("https://news.example/a"), page(out.get(0)).url());
    }
}
