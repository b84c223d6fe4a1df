package org.dossier.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFormatTest {
    @TempDir
    Path dir;

    private List<ReadResult> read(String fixture) throws IOException {
        Path file = dir.resolve(fixture);
        try (InputStream in = FeedFormatTest.class.getResourceAsStream("/ingest/feed/" + fixture)) {
            Files.copy(in, file);
        }
        try (Stream<ReadResult> s = new PageReader(Limits.DEFAULT).read(InputFile.of(file))) {
            return s.toList();
        }
    }

    private static RawPage page(ReadResult r) {
        return assertInstanceOf(ReadResult.Page.class, r).page();
    }

    private static Rejection failure(ReadResult r) {
        return assertInstanceOf(ReadResult.Failed.class, r).rejection();
    }

    private static Document html(RawPage p) {
        return Jsoup.parse(new String(p.bytes(), StandardCharsets.UTF_8), p.url().orElse(""));
    }

    @Test
    void rssItemWithContentEncodedBecomesAnHtmlPageCarryingItsTitleAuthorDateAndLink() throws IOException {
        List<ReadResult> out = read("rss2-content-encoded.rss");
        RawPage p = page(out.get(0));
        assertTrue(p.source().endsWith("rss2-content-encoded.rss#item-1"), p.source());
        assertEquals(Optional.of("https://gazette.example/2024/04/19/breakwater"), p.url());
        assertEquals(Optional.of("text/html; charset=utf-8"), p.contentType());
        Document doc = html(p);
        assertEquals("Breakwater to be finished before winter", doc.title());
        assertEquals("Mary Quayle", doc.selectFirst("meta[name=author]").attr("content"));
        assertEquals("2024-04-19T08:32Z", doc.selectFirst("meta[property=article:published_time]").attr("content"));
        assertEquals("Harbour Gazette", doc.selectFirst("meta[property=og:site_name]").attr("content"));
        assertEquals("en-gb", doc.selectFirst("html").attr("lang"));
        assertEquals(5, doc.select("article > p").size());
        String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"datePublished\":\"2024-04-19T08:32Z\"") && jsonLd.contains("\"name\":\"Mary Quayle\""), jsonLd);
    }

    @Test
    void itemWithOnlyASummaryIsReportedAsNoArticle() throws IOException {
        Rejection r = failure(read("rss2-content-encoded.rss").get(1));
        assertEquals("no-article", r.code());
        assertTrue(r.source().endsWith("#item-2"), r.source());
        assertTrue(r.message().contains("summary") && r.message().contains("https://gazette.example/2024/04/18/ferry"), r.message());
    }

    @Test
    void atomEntryIsReadAndTheFeedIsKnownByItsRootElementNotItsName() throws IOException {
        List<ReadResult> out = read("atom-content.xml");
        assertEquals(1, out.size());
        RawPage p = page(out.get(0));
        assertEquals(Optional.of("https://journal.example/digue"), p.url());
        Document doc = html(p);
        assertEquals("La digue sera achevée avant l'hiver", doc.selectFirst("article > h1").text());
        assertEquals("Jeanne Martin", doc.selectFirst("meta[name=author]").attr("content"));
        assertEquals("2024-04-19T12:30Z", doc.selectFirst("meta[property=article:published_time]").attr("content"));
        assertEquals("fr", doc.selectFirst("html").attr("lang"));
        assertEquals(5, doc.select("article > p").size());
    }

    @Test
    void malformedFeedIsOneClearRejection() throws IOException {
        List<ReadResult> out = read("malformed.rss");
        assertEquals(1, out.size());
        Rejection r = failure(out.get(0));
        assertEquals("malformed", r.code());
        assertTrue(r.message().startsWith("not a well-formed RSS or Atom feed"), r.message());
    }

    @Test
    void feedWithADoctypeIsRefusedSoEntitiesCannotExpand() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
        List<ReadResult> out = FeedFormat.pages("bomb.rss", bomb.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals("malformed", failure(out.get(0)).code());
    }

    @Test
    void plainHtmlAndOtherXmlAreNotTakenForFeeds() {
        FeedFormat f = new FeedFormat();
        assertFalse(f.accepts("page.html", "<!DOCTYPE html><html><body>rss</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(f.accepts("page.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(f.accepts("index", "<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonLdStringsCannotCloseTheirScriptElement() {
        assertEquals("\"a\\u003c/script>\\\"b\\\"\"", FeedPage.quote("a</script>\"b\""));
    }
}
