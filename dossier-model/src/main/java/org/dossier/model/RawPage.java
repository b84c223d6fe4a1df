package org.dossier.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one input document as they were read, before any decoding: the start of the
 * pipeline. The array is owned by the record; callers must not change it after construction.
 *
 * @param source      the input as given: a path, a URL, or {@code archive#offset} inside a WARC
 * @param bytes       the raw bytes (never null, may be empty: emptiness is reported downstream)
 * @param url         the page's URL when known (from a WARC record, a feed or a fetch)
 * @param fetched     when the page was fetched, when known (never used as a publication date)
 * @param contentType the declared media type with parameters, e.g. {@code text/html; charset=utf-8}
 */
public record RawPage(String source, byte[] bytes, Optional<String> url, Optional<Instant> fetched,
                      Optional<String> contentType) {

    public RawPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes of " + source);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** A page read from a file or stream with nothing known but its bytes. */
    public static RawPage of(String source, byte[] bytes) {
        return new RawPage(source, bytes, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The stable id of the article these bytes give: the same bytes and URL give the same id. */
    public String articleId() {
        return Ids.articleId(bytes, url.orElse(""));
    }

    @Override
    public String toString() {
        return "RawPage[" + source + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawPage p && source.equals(p.source) && java.util.Arrays.equals(bytes, p.bytes)
                && url.equals(p.url) && fetched.equals(p.fetched) && contentType.equals(p.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, java.util.Arrays.hashCode(bytes), url);
    }
}
