package org.dossier.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a feed item as a small HTML article page, so the HTML extractor reads feeds like any page:
 * the item's facts go where publishers put them, in a schema.org {@code NewsArticle} JSON-LD block
 * and in the usual meta tags ({@code og:site_name}, {@code author}, {@code article:published_time},
 * canonical link, {@code lang}); the body is {@code <article><h1>title</h1>content</article>}.
 * Nothing is invented: a fact the item lacks is left out.
 */
final class FeedPage {
    private FeedPage() {
    }

    static byte[] html(ParsedFeed feed, FeedItem item) {
        Document doc = Document.createShell(item.link().orElse(""));
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        feed.language().ifPresent(lang -> doc.selectFirst("html").attr("lang", lang));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        item.title().ifPresent(doc::title);
        item.link().ifPresent(link -> head.appendElement("link").attr("rel", "canonical").attr("href", link));
        feed.title().ifPresent(name -> head.appendElement("meta").attr("property", "og:site_name").attr("content", name));
        for (String author : item.authors()) {
            head.appendElement("meta").attr("name", "author").attr("content", author);
        }
        String published = item.published().map(i -> i.atOffset(ZoneOffset.UTC).toString()).orElse(null);
        if (published != null) {
            head.appendElement("meta").attr("property", "article:published_time").attr("content", published);
        }
        head.appendElement("script").attr("type", "application/ld+json").appendChild(
                new org.jsoup.nodes.DataNode(jsonLd(feed, item, published)));
        Element article = doc.body().appendElement("article");
        item.title().ifPresent(t -> article.appendElement("h1").text(t));
        article.append(item.content());
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonLd(ParsedFeed feed, FeedItem item, String published) {
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
        item.title().ifPresent(t -> field(json, "headline", t));
        item.link().ifPresent(l -> field(json, "url", l));
        if (published != null) {
            field(json, "datePublished", published);
        }
        if (!item.authors().isEmpty()) {
            json.append(",\"author\":[").append(item.authors().stream()
                    .map(a -> "{\"@type\":\"Person\",\"name\":" + quote(a) + "}").collect(Collectors.joining(","))).append(']');
        }
        feed.title().ifPresent(t -> json.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(quote(t)).append('}'));
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":").append(quote(value));
    }

    /** A JSON string literal; {@code <} is escaped too so the text can never close the script element. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
