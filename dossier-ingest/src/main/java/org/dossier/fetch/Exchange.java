package org.dossier.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP GET as it happened: what was asked and what came back.
 *
 * @param uri            the URL requested
 * @param date           when the response headers arrived
 * @param requestHeaders the headers Dossier sent (the HTTP client adds Host, and nothing else for a GET)
 * @param status         the HTTP status
 * @param headers        the response headers as received
 * @param body           the body as received (content coding kept, chunking removed), at most the cap
 * @param truncated      whether the body was cut at the size cap
 */
record Exchange(URI uri, Instant date, HttpHeaders requestHeaders, int status, HttpHeaders headers, byte[] body,
                boolean truncated) {
    Exchange {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(requestHeaders, "requestHeaders");
        Objects.requireNonNull(headers, "headers of " + uri);
        Objects.requireNonNull(body, "body of " + uri);
    }

    Optional<String> contentType() {
        return headers.firstValue("Content-Type");
    }

    /** The media type without parameters, lower case, or "" when none was sent. */
    String mediaType() {
        String t = contentType().orElse("");
        int semi = t.indexOf(';');
        return (semi < 0 ? t : t.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    boolean isRedirect() {
        return status >= 300 && status < 400 && headers.firstValue("Location").isPresent();
    }
}
