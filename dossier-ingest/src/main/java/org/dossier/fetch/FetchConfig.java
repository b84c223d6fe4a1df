package org.dossier.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far {@link PoliteFetcher} fetches.
 *
 * @param userAgent      the User-Agent header, naming Dossier and its version
 * @param robotsAgent    the product token robots.txt groups are matched against, e.g. {@code dossier}
 * @param hostDelay      the least time between two requests to the same host; a longer robots.txt
 *                       Crawl-delay wins, up to {@link #MAX_CRAWL_DELAY}
 * @param connectTimeout how long to wait for a connection
 * @param timeout        how long one response may take, headers and body together
 * @param maxBytes       the largest body stored; a longer one is cut and marked truncated
 * @param maxRedirects   redirects followed from one URL before giving up
 * @param maxPages       pages fetched in one run, feed items included (robots.txt not counted)
 */
public record FetchConfig(String userAgent, String robotsAgent, Duration hostDelay, Duration connectTimeout,
                          Duration timeout, long maxBytes, int maxRedirects, int maxPages) {
    /** A site asking for more than a minute between requests would make a run take hours; cap it. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsAgent, "robotsAgent");
        requireNotNegative("hostDelay", hostDelay);
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("timeout", timeout);
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2^31-17, got " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, got " + maxRedirects);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
    }

    /** Defaults for a version: 1 s per host, 10 s to connect, 30 s per response, 16 MiB, 5 redirects, 1000 pages. */
    public static FetchConfig defaults(String version) {
        return new FetchConfig(userAgent(version, null), "dossier", Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 16L << 20, 5, 1000);
    }

    /** {@code Dossier/0.1.0 (news dossier builder; obeys robots.txt; +contact)}. */
    public static String userAgent(String version, String contact) {
        return "Dossier/" + version + " (news dossier builder; obeys robots.txt" + (contact == null ? "" : "; +" + contact) + ")";
    }

    private static void requireNotNegative(String name, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
