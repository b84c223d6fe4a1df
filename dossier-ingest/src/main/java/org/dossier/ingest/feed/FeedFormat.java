package org.dossier.ingest.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.dossier.decode.XmlProlog;
import org.dossier.ingest.BoundedReader;
import org.dossier.ingest.Gzip;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputFormat;
import org.dossier.ingest.Limits;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;

/**
 * RSS and Atom feeds: files named {@code .rss}, {@code .atom} or {@code .rdf}, or any file whose root
 * element is {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}. Item {@code n} (from 1) of
 * {@code news.xml} has source {@code news.xml#item-n}. An item is an article when its richest text
 * has at least {@value #MIN_ARTICLE_WORDS} words; shorter items are reported {@code no-article} as
 * summaries, and a feed that does not parse is one {@code malformed} rejection.
 */
public final class FeedFormat implements InputFormat {
    /**
     * Fewer words than this is a teaser: feed summaries run 20–60 words, while even a wire brief
     * runs past a hundred.
     */
    public static final int MIN_ARTICLE_WORDS = 100;

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return fileName.endsWith(".rss") || fileName.endsWith(".atom") || fileName.endsWith(".rdf")
                || fileName.endsWith(".rss.gz") || fileName.endsWith(".atom.gz") || XmlProlog.isFeed(new String(head, StandardCharsets.ISO_8859_1));
    }

    @Override
    public Stream<ReadResult> read(InputFile file, Limits limits) {
        byte[] bytes;
        try (InputStream in = Gzip.maybeInflate(new BufferedInputStream(Files.newInputStream(file.path())))) {
            Optional<byte[]> read = BoundedReader.readAtMost(in, limits.maxPageBytes());
            if (read.isEmpty()) {
                return Stream.of(failed(file.source(), RejectCode.TOO_LARGE, "the feed is larger than "
                        + Limits.megabytes(limits.maxPageBytes()) + ", the page size cap (--max-page-mb)"));
            }
            bytes = read.get();
        } catch (ZipException | java.io.EOFException e) {
            return Stream.of(failed(file.source(), RejectCode.MALFORMED, "gzip data is corrupt or truncated: " + e.getMessage()));
        } catch (IOException e) {
            return Stream.of(failed(file.source(), RejectCode.UNREADABLE, "cannot read: " + e.getMessage()));
        }
        return pages(file.source(), bytes, Optional.empty()).stream();
    }

    /** The pages and rejections of a feed's bytes; {@code contentType} as an HTTP header gave it, when known. */
    public static List<ReadResult> pages(String source, byte[] bytes, Optional<String> contentType) {
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(bytes, contentType);
        } catch (FeedParser.NotAFeedException e) {
            return List.of(failed(source, RejectCode.MALFORMED, e.getMessage()));
        }
        if (feed.items().isEmpty()) {
            return List.of(failed(source, RejectCode.EMPTY, "the feed has no items"));
        }
        List<ReadResult> out = new ArrayList<>();
        int n = 0;
        for (FeedItem item : feed.items()) {
            String itemSource = source + "#item-" + ++n;
            if (item.words() < MIN_ARTICLE_WORDS) {
                out.add(failed(itemSource, RejectCode.NO_ARTICLE, "the feed item " + item.title().map(t -> "'" + t + "' ").orElse("")
                        + "carries a " + item.words() + "-word summary, not the article"
                        + item.link().map(l -> ": fetch " + l + " for the article (dossier fetch)").orElse("")));
                continue;
            }
            out.add(new ReadResult.Page(new RawPage(itemSource, FeedPage.html(feed, item), item.link(), Optional.empty(),
                    Optional.of("text/html; charset=utf-8"))));
        }
        return out;
    }

    private static ReadResult failed(String source, RejectCode code, String message) {
        return new ReadResult.Failed(Rejection.of(source, code, message));
    }
}
