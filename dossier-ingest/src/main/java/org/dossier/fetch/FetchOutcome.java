package org.dossier.fetch;

import java.net.URI;

/** What became of one URL asked for, on the command line or as a feed item. */
public sealed interface FetchOutcome {

    /** The URL asked for. */
    URI uri();

    /**
     * A response was stored (any status).
     *
     * @param finalUri  where the redirects, if any, ended
     * @param status    the final HTTP status
     * @param bytes     the final body's size as stored
     * @param truncated whether the body was cut at the size cap
     * @param feedItems the item links queued when the response was a feed given on the command line, else 0
     */
    record Fetched(URI uri, URI finalUri, int status, long bytes, boolean truncated, int feedItems) implements FetchOutcome {
        public boolean ok() {
            return status >= 200 && status < 300 && !truncated;
        }
    }

    /** Not requested, by rule: robots.txt, the page limit, a scheme that is not HTTP. */
    record Refused(URI uri, String reason) implements FetchOutcome {
    }

    /** Requested, but no usable response: a network error, a timeout, a redirect loop. */
    record Failed(URI uri, String reason) implements FetchOutcome {
    }
}
