package org.dossier.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** dossier fetch against a site on 127.0.0.1 only. */
class PoliteFetcherIT {
    @TempDir
    Path tmp;
    private LocalSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FetchConfig config(Duration delay) {
        return config(delay, Duration.ofSeconds(20));
    }

    /** A generous timeout by default, so a busy machine does not fail tests that are not about time. */
    private FetchConfig config(Duration delay, Duration timeout) {
        return new FetchConfig(FetchConfig.userAgent("test", "dev@example.org"), "dossier", delay, Duration.ofSeconds(5),
                timeout, 1 << 20, 3, 20);
    }

    private List<FetchOutcome> fetch(Path warc, FetchConfig config, String... paths) throws Exception {
        List<URI> uris = new ArrayList<>();
        for (String p : paths) {
            uris.add(URI.create(site.base() + p));
        }
        try (WarcArchive archive = WarcArchive.create(warc, config); PoliteFetcher f = new PoliteFetcher(config, archive)) {
            return f.fetch(uris, o -> { });
        }
    }

    private static List<ReadResult> read(Path warc) {
        try (Stream<ReadResult> s = new PageReader(Limits.DEFAULT).read(InputFile.of(warc))) {
            return s.toList();
        }
    }

    @Test
    void pageIsStoredAsRequestAndResponseRecordsThatAnalyzeReadsBack() throws Exception {
        Path warc = tmp.resolve("a.warc.gz");
        List<FetchOutcome> out = fetch(warc, config(Duration.ZERO), "/article", "/chunked");
        assertTrue(out.stream().allMatch(o -> o instanceof FetchOutcome.Fetched f && f.ok()), out.toString());
        List<String> types = new ArrayList<>();
        try (WarcReader r = new WarcReader(warc)) {
            for (WarcRecord rec : r) {
                types.add(rec.type());
            }
        }
        assertEquals(List.of("warcinfo", "request", "response", "request", "response", "request", "response"), types);
        List<ReadResult> pages = read(warc);
        assertEquals(2, pages.size(), pages.toString());
        RawPage article = assertInstanceOf(ReadResult.Page.class, pages.get(0)).page();
        assertEquals(Optional.of(site.base() + "/article"), article.url());
        assertEquals(Optional.of("text/html; charset=utf-8"), article.contentType());
        assertEquals(LocalSite.article("Story at /article"), new String(article.bytes(), StandardCharsets.UTF_8));
        RawPage chunked = assertInstanceOf(ReadResult.Page.class, pages.get(1)).page();
        assertEquals(LocalSite.article("Chunked story"), new String(chunked.bytes(), StandardCharsets.UTF_8));
        assertTrue(site.hits.stream().allMatch(h -> h.userAgent().startsWith("Dossier/test") && h.userAgent().contains("dev@example.org")));
    }

    @Test
    void robotsTxtIsObeyedWithTheGroupNamingDossier() throws Exception {
        List<FetchOutcome> out = fetch(tmp.resolve("r.warc.gz"), config(Duration.ZERO), "/private/secret", "/article");
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, out.get(0));
        assertTrue(refused.reason().contains("robots.txt"), refused.reason());
        assertInstanceOf(FetchOutcome.Fetched.class, out.get(1));
        assertEquals(List.of("/robots.txt", "/article"), site.paths(), "robots.txt once, the disallowed page never");
    }

    @Test
    void siteWhoseRobotsTxtFailsIsNotFetchedAndTheReasonSaysWhy() throws Exception {
        site.robots = null;
        List<FetchOutcome> out = fetch(tmp.resolve("u.warc.gz"), config(Duration.ZERO), "/article");
        FetchOutcome.Refused refused = assertInstanceOf(FetchOutcome.Refused.class, out.get(0));
        assertTrue(refused.reason().contains("robots.txt answered HTTP 503"), refused.reason());
        assertEquals(List.of("/robots.txt"), site.paths());
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() throws Exception {
        fetch(tmp.resolve("d.warc.gz"), config(Duration.ofMillis(300)), "/article", "/item1", "/item2");
        List<LocalSite.Hit> hits = List.copyOf(site.hits);
        assertEquals(4, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            long gapMs = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gapMs >= 295, "gap " + gapMs + " ms before " + hits.get(i).path());
        }
    }

    @Test
    void robotsCrawlDelayLongerThanOursIsHonoured() throws Exception {
        site.robots = "User-agent: *\nCrawl-delay: 1\nAllow: /\n";
        fetch(tmp.resolve("c.warc.gz"), config(Duration.ZERO), "/article", "/item1");
        List<LocalSite.Hit> hits = List.copyOf(site.hits);
        assertEquals(List.of("/robots.txt", "/article", "/item1"), site.paths());
        long gapMs = (hits.get(2).nanos() - hits.get(1).nanos()) / 1_000_000;
        assertTrue(gapMs >= 995, "gap " + gapMs + " ms after a Crawl-delay of 1 s");
    }

    @Test
    void redirectsAreFollowedAndStoredHopByHopAndLoopsEnd() throws Exception {
        List<FetchOutcome> out = fetch(tmp.resolve("x.warc.gz"), config(Duration.ZERO), "/redirect", "/loop");
        FetchOutcome.Fetched followed = assertInstanceOf(FetchOutcome.Fetched.class, out.get(0));
        assertEquals(URI.create(site.base() + "/article"), followed.finalUri());
        FetchOutcome.Failed loop = assertInstanceOf(FetchOutcome.Failed.class, out.get(1));
        assertTrue(loop.reason().contains("more than 3 redirects"), loop.reason());
        assertEquals(4, site.paths().stream().filter("/loop"::equals).count(), "the first request and three redirects");
    }

    @Test
    void hugeBodyIsCutAtTheCapAndMarkedTruncated() throws Exception {
        Path warc = tmp.resolve("big.warc.gz");
        List<FetchOutcome> out = fetch(warc, config(Duration.ZERO), "/big");
        FetchOutcome.Fetched big = assertInstanceOf(FetchOutcome.Fetched.class, out.get(0));
        assertTrue(big.truncated());
        assertEquals(1 << 20, big.bytes());
        assertFalse(big.ok());
        try (WarcReader r = new WarcReader(warc)) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp && resp.target().endsWith("/big")) {
                    assertEquals("length", resp.headers().first("WARC-Truncated").orElse(""));
                }
            }
        }
    }

    @Test
    void slowResponseTimesOutAndTheRunGoesOn() throws Exception {
        List<FetchOutcome> out = fetch(tmp.resolve("s.warc.gz"), config(Duration.ZERO, Duration.ofSeconds(1)), "/slow", "/article");
        FetchOutcome.Failed slow = assertInstanceOf(FetchOutcome.Failed.class, out.get(0));
        assertTrue(slow.reason().contains("timed out"), slow.reason());
        assertInstanceOf(FetchOutcome.Fetched.class, out.get(1));
    }

    @Test
    void feedIsFetchedThenItsItemPagesExceptThoseRobotsTxtForbids() throws Exception {
        Path warc = tmp.resolve("f.warc.gz");
        List<FetchOutcome> out = fetch(warc, config(Duration.ZERO), "/feed.xml");
        assertEquals(3, assertInstanceOf(FetchOutcome.Fetched.class, out.get(0)).feedItems());
        assertEquals(4, out.size());
        assertInstanceOf(FetchOutcome.Refused.class, out.get(3));
        assertEquals(List.of("/robots.txt", "/feed.xml", "/item1", "/item2"), site.paths());
        List<ReadResult> read = read(warc);
        // the feed response is XML, not a page; the two items are
        assertEquals(2, read.stream().filter(r -> r instanceof ReadResult.Page).count(), read.toString());
    }

}
