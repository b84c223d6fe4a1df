package org.dossier.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.decode.XmlProlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom with Rome into {@link ParsedFeed}. The charset comes from the
 * XML declaration or BOM ({@code contentType} when given, as for an HTTP response). A DOCTYPE is
 * blanked out before Rome sees it (which would refuse it anyway): no DTD is read and no entity is
 * expanded or fetched, so neither XXE nor an expansion bomb can reach the parser.
 * Thread-safe: each call builds its own parser.
 */
public final class FeedParser {
    /** "jane@example.com (Jane Doe)", RSS 2.0's author form: the name is in the brackets. */
    private static final Pattern EMAIL_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    /** Atom puts the language in xml:lang on the root, which Rome's Atom 1.0 parser drops. */
    private static final Pattern ROOT_LANG = Pattern.compile("<(?:\\w+:)?feed\\b[^>]*\\sxml:lang\\s*=\\s*[\"']([A-Za-z-]{2,})");

    private FeedParser() {
    }

    /** Why bytes are not a feed, in a sentence for people. */
    public static final class NotAFeedException extends Exception {
        public NotAFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether the document's root element is an RSS or Atom feed's (judged on its first 4 KB). */
    public static boolean looksLikeFeed(byte[] bytes) {
        return XmlProlog.isFeed(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
    }

    /** Parses a feed; {@code contentType} is the HTTP header, when the bytes came over HTTP. */
    public static ParsedFeed parse(byte[] bytes, Optional<String> contentType) throws NotAFeedException {
        Optional<XmlProlog.Doctype> doctype = XmlProlog.doctype(new String(bytes, StandardCharsets.ISO_8859_1));
        if (doctype.isPresent()) {
            bytes = withoutDoctype(bytes, doctype.get());
        }
        try {
            XmlReader xml = contentType.isPresent()
                    ? new XmlReader(new ByteArrayInputStream(bytes), contentType.get(), true)
                    : new XmlReader(new ByteArrayInputStream(bytes), true);
            SyndFeed feed = new SyndFeedInput().build(xml);
            List<FeedItem> items = new ArrayList<>();
            Optional<String> home = text(feed.getLink());
            for (SyndEntry entry : feed.getEntries()) {
                items.add(item(entry, home));
            }
            return new ParsedFeed(text(feed.getTitle()), language(feed, bytes), items);
        } catch (FeedException | IOException | RuntimeException e) {
            // Rome's converters can also fail with runtime exceptions on odd feeds: bad input is data
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new NotAFeedException("not a well-formed RSS or Atom feed: " + (why == null ? e.getClass().getSimpleName() : why)
                    + (doctype.isPresent() ? " (its DOCTYPE was ignored: Dossier never reads a DTD nor expands its entities)" : ""), e);
        }
    }

    /**
     * The feed with its DOCTYPE blanked out (new lines kept, so the parser's line numbers still
     * point into the file). A DOCTYPE that only names a DTD, as RSS 0.91 feeds carry, then costs
     * nothing; entities it declares are left undeclared, so none is ever expanded or fetched, and
     * a feed that uses them fails to parse with the entity's name in the message.
     */
    private static byte[] withoutDoctype(byte[] bytes, XmlProlog.Doctype doctype) {
        byte[] out = bytes.clone();
        for (int i = doctype.start(); i < doctype.end(); i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
        return out;
    }

    private static Optional<String> language(SyndFeed feed, byte[] bytes) {
        return text(feed.getLanguage()).or(() -> {
            Matcher m = ROOT_LANG.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    private static FeedItem item(SyndEntry entry, Optional<String> home) {
        String content = richest(entry);
        int words = wordCount(Jsoup.parse(content).text());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Optional<String> link = text(entry.getLink()).or(() -> text(entry.getUri()).filter(u -> u.startsWith("http")))
                .map(l -> absolute(l, home));
        return new FeedItem(text(entry.getTitle()), link, authors(entry), Optional.ofNullable(date).map(Date::toInstant),
                content, words);
    }

    /** The longest of the item's contents and description, as HTML. */
    private static String richest(SyndEntry entry) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        String best = "";
        for (SyndContent c : candidates) {
            String html = asHtml(c);
            if (html.length() > best.length()) {
                best = html;
            }
        }
        return best;
    }

    private static String asHtml(SyndContent c) {
        String value = c.getValue() == null ? "" : c.getValue().strip();
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            // plain text: blank lines separate paragraphs
            StringBuilder html = new StringBuilder();
            for (String para : value.split("\\n\\s*\\n")) {
                html.append("<p>").append(Entities.escape(para.strip())).append("</p>\n");
            }
            return html.toString();
        }
        return value;
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            text(p.getName()).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            text(entry.getAuthor()).map(FeedParser::nameOf).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    /** Some feeds give item links relative to the site; resolve them against the feed's own link. */
    private static String absolute(String link, Optional<String> home) {
        try {
            java.net.URI uri = new java.net.URI(link);
            if (uri.isAbsolute() || home.isEmpty()) {
                return link;
            }
            java.net.URI base = new java.net.URI(home.get());
            return base.isAbsolute() ? base.resolve(uri).toString() : link;
        } catch (java.net.URISyntaxException e) {
            return link;
        }
    }

    private static String nameOf(String author) {
        Matcher m = EMAIL_NAME.matcher(author);
        return m.matches() ? m.group(1).strip() : author;
    }

    private static Optional<String> text(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
