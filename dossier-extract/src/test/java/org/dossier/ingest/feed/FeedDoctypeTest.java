package org.dossier.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds with a DOCTYPE, whatever their name: recognised as feeds (the DOCTYPE's internal subset
 * used to hide the root element, and the feed fell through to the page path as an "article" of raw
 * XML), read when the DOCTYPE only names a DTD, and never with an entity expanded.
 */
class FeedDoctypeTest {
    @TempDir
    Path dir;

    /** An RSS 0.91 feed as Netscape's DTD had them, with one item long enough to be an article. */
    private static String rss091(String doctype, String itemTitle) {
        String paragraph = "<p>The harbour board agreed on Monday to run the ferry to the islands every two hours from"
                + " November, twice as often as now, after the cafe owners on the quay asked for more winter boats.</p>";
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + doctype + "\n<rss version=\"0.91\">\n<channel>\n"
                + "<title>Quay News</title>\n<link>https://quay.example/</link>\n<description>News</description>\n"
                + "<language>en</language>\n<item>\n<title>" + itemTitle + "</title>\n<link>https://quay.example/ferry</link>\n"
                + "<description><![CDATA[" + paragraph.repeat(5) + "]]></description>\n</item>\n</channel>\n</rss>\n";
    }

    private List<ReadResult> read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
        try (Stream<ReadResult> s = new PageReader(Limits.DEFAULT).read(InputFile.of(file))) {
            return s.toList();
        }
    }

    private static Rejection onlyRejection(List<ReadResult> out) {
        assertEquals(1, out.size(), out.toString());
        return assertInstanceOf(ReadResult.Failed.class, out.getFirst()).rejection();
    }

    @Test
    void aFeedNamedXmlWithADoctypeIsReadAsAFeedNotAsAnArticleOfRawXml() throws IOException {
        List<ReadResult> out = read("news.xml", rss091("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">", "Ferry every two hours from November"));
        assertEquals(1, out.size(), out.toString());
        RawPage page = assertInstanceOf(ReadResult.Page.class, out.getFirst()).page();
        assertTrue(page.source().endsWith("news.xml#item-1"), page.source());
        var article = assertInstanceOf(Extraction.Found.class, new PageExtractor().extract(page)).article();
        assertEquals(Optional.of("Ferry every two hours from November"), article.metadata().title());
    }

    @Test
    void aFeedWhoseDoctypeHasAnInternalSubsetIsStillKnownAsAFeed() {
        String head = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY who \"the > harbour board\">\n"
                + "  <!-- a comment with > and ] in it -->\n]>\n<rss version=\"2.0\"><channel>";
        assertTrue(new FeedFormat().accepts("news.xml", head.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anInternalEntityIsNeverExpandedAndTheFeedIsOneClearRejection() throws IOException {
        String bomb = rss091("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>", "Ferry &c;");
        Rejection r = onlyRejection(read("bomb.xml", bomb));
        assertEquals("malformed", r.code());
        assertTrue(r.message().startsWith("not a well-formed RSS or Atom feed: ") && r.message().contains("\"c\"")
                && r.message().endsWith("(its DOCTYPE was ignored: Dossier never reads a DTD nor expands its entities)"), r.message());
    }

    @Test
    void anExternalEntityIsNeverFetchedOrRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-word");
        String xxe = rss091("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "Ferry &xxe;");
        Rejection r = onlyRejection(read("xxe.xml", xxe));
        assertEquals("malformed", r.code());
        assertFalse(r.message().contains("the-secret-word"), r.message());
    }
}
