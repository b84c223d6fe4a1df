package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    private Extraction extract(String name, String content) {
        return extractor.extract(RawPage.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junkMarkupWithAWordOrTwoIsNoArticle() {
        var r = assertInstanceOf(Extraction.Rejected.class,
                extract("junk.html", "<html><<body><p<<div>>></ta<ble><td>x</tr></html"));
        assertEquals("no-article", r.rejection().code());
        assertTrue(r.rejection().message().contains("word"), r.rejection().message());
    }

    @Test
    void aShortBriefOfOneSentenceIsStillAnArticle() {
        var r = extract("brief.html", "<html><body><article><h1>Bridge closed</h1><p>The old harbour bridge"
                + " will stay closed to traffic until Friday while engineers inspect its cables, the council said.</p>"
                + "</article></body></html>");
        assertInstanceOf(Extraction.Found.class, r, r.toString());
    }

    @Test
    void textWrittenWithoutSpacesCountsItsCharactersAsWords() {
        var r = extract("jp.html", "<html><body><article><p>東京都は本日、新しい防災計画を発表し、住民への説明会を来月から開く予定だと明らかにした。"
                + "</p></article></body></html>");
        assertInstanceOf(Extraction.Found.class, r, r.toString());
    }

    @Test
    void anXmlDocumentThatIsNeitherAPageNorAFeedIsRejectedAsUnsupportedNotTitledWithRawXml() {
        var r = assertInstanceOf(Extraction.Rejected.class, extract("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://quay.example/ferry-every-two-hours-from-november-says-the-harbour-board</loc></url>
                  <url><loc>https://quay.example/cafe-owners-on-the-quay-welcome-the-new-winter-timetable</loc></url>
                </urlset>
                """));
        assertEquals("unsupported", r.rejection().code());
        assertEquals("not a web page: an XML document whose root element is <urlset>", r.rejection().message());
    }

    @Test
    void aFeedThatReachesThePagePathIsRejectedSayingItIsAFeed() {
        var r = assertInstanceOf(Extraction.Rejected.class, extract("-", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "<!ENTITY x \"y\">\n]>\n<rss version=\"2.0\"><channel><title>Quay News</title><item><title>Ferry plan</title>"
                + "<description>The harbour board agreed on Monday to run the ferry every two hours.</description></item></channel></rss>"));
        assertEquals("unsupported", r.rejection().code());
        assertEquals("not a web page: an RSS or Atom feed (root element <rss>), which is read as a feed only from a file",
                r.rejection().message());
    }

    @Test
    void anXhtmlPageWithAnXmlDeclarationIsStillAPage() {
        var r = extract("page.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article>"
                + "<h1>Ferry every two hours</h1><p>The harbour board agreed on Monday to run the ferry to the islands every two hours"
                + " from November, twice as often as now.</p></article></body></html>");
        assertInstanceOf(Extraction.Found.class, r, r.toString());
    }

    @Test
    void anExtractorThatFailsOnAPageGivesARejectionNamingThePageNotAStackTrace() {
        PageExtractor failing = new PageExtractor(page -> {
            throw new IllegalStateException("no table cell at depth 3");
        }, page -> {
            throw new StackOverflowError();
        });
        var html = assertInstanceOf(Extraction.Rejected.class, failing.extract(RawPage.of("deep.html",
                "<html><body><p>The harbour board met.</p></body></html>".getBytes(StandardCharsets.UTF_8)))).rejection();
        assertEquals("deep.html", html.source());
        assertEquals("no-article", html.code());
        assertEquals("extraction failed on this page: IllegalStateException: no table cell at depth 3", html.message());
        var text = assertInstanceOf(Extraction.Rejected.class, failing.extract(RawPage.of("deep.txt",
                "The harbour board met on Monday.".getBytes(StandardCharsets.UTF_8)))).rejection();
        assertEquals("extraction failed on this page: StackOverflowError", text.message());
    }
}
