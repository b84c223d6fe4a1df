package org.dossier.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.ingest.feed.FeedItem;
import org.dossier.ingest.feed.FeedParser;

/**
 * Fetches URLs one at a time, politely, into a {@link WarcArchive}. Before a host is first asked
 * for a page its robots.txt is fetched (and stored); a disallowed URL is refused, not requested.
 * Requests to one host are spaced by the configured delay or the site's Crawl-delay, whichever is
 * longer, and by the Retry-After a 429 or 503 asks for. Redirects are followed up to the limit,
 * each hop checked and stored. A URL given on the command line that answers with an RSS or Atom
 * feed has its items' links queued after it (one level: items that are feeds are not expanded).
 * Single-threaded: politeness matters more here than speed, and one request in flight is the
 * politest there is.
 */
public final class PoliteFetcher implements AutoCloseable {
    private final FetchConfig config;
    private final WarcArchive archive;
    private final HttpFetcher http;
    private final HostThrottle throttle = new HostThrottle();
    private final RobotsRules robots;

    public PoliteFetcher(FetchConfig config, WarcArchive archive) {
        this.config = config;
        this.archive = archive;
        this.http = new HttpFetcher(config);
        this.robots = new RobotsRules(config.robotsAgent());
    }

    /** A URL to fetch, and whether a feed found there should have its items fetched too. */
    private record Task(URI uri, boolean expandFeed) {
    }

    /** Fetches every seed (and feed item), reporting each outcome as it happens; returns them all in order. */
    public List<FetchOutcome> fetch(List<URI> seeds, Consumer<FetchOutcome> listener) throws IOException, InterruptedException {
        Deque<Task> queue = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        for (URI seed : seeds) {
            if (seen.add(seed)) {
                queue.add(new Task(seed, true));
            }
        }
        List<FetchOutcome> outcomes = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            Task task = queue.removeFirst();
            FetchOutcome outcome;
            if (pages >= config.maxPages()) {
                outcome = new FetchOutcome.Refused(task.uri(), "not fetched: the page limit of " + config.maxPages() + " was reached (--max-pages)");
            } else {
                pages++;
                outcome = fetchOne(task, queue, seen);
            }
            outcomes.add(outcome);
            listener.accept(outcome);
        }
        return outcomes;
    }

    private FetchOutcome fetchOne(Task task, Deque<Task> queue, Set<URI> seen) throws IOException, InterruptedException {
        URI uri = task.uri();
        Exchange last;
        int redirects = 0;
        while (true) {
            Optional<String> refusal = refusal(uri);
            if (refusal.isPresent()) {
                return new FetchOutcome.Refused(task.uri(), refusal.get());
            }
            try {
                last = exchange(uri);
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: a URL the HTTP client will not send (e.g. a bad host name)
                return new FetchOutcome.Failed(task.uri(), describe(e) + (uri.equals(task.uri()) ? "" : " (at " + uri + ")"));
            }
            if (!last.isRedirect()) {
                break;
            }
            if (++redirects > config.maxRedirects()) {
                return new FetchOutcome.Failed(task.uri(), "more than " + config.maxRedirects() + " redirects (--max-redirects)");
            }
            try {
                uri = uri.resolve(last.headers().firstValue("Location").orElseThrow().strip());
            } catch (IllegalArgumentException e) {
                return new FetchOutcome.Failed(task.uri(), "redirected to a malformed URL: " + last.headers().firstValue("Location").orElse(""));
            }
        }
        int items = 0;
        if (task.expandFeed() && last.status() >= 200 && last.status() < 300 && isFeed(last)) {
            items = queueItems(last, queue, seen);
        }
        return new FetchOutcome.Fetched(task.uri(), uri, last.status(), last.body().length, last.truncated(), items);
    }

    /** Why {@code uri} must not be requested, or empty when it may be. */
    private Optional<String> refusal(URI uri) throws InterruptedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.of("not an http or https URL");
        }
        BaseRobotRules rules = robots.rulesFor(uri, this::robotsTxt);
        Optional<String> unavailable = robots.unavailable(uri);
        if (unavailable.isPresent()) {
            // RFC 9309: a site whose robots.txt is unreachable is treated as disallowing everything
            return Optional.of(unavailable.get() + ", so nothing on that site is fetched");
        }
        if (!rules.isAllowed(uri.toString())) {
            return Optional.of("disallowed by " + RobotsRules.origin(uri) + "/robots.txt");
        }
        return Optional.empty();
    }

    /** robots.txt itself is fetched without consulting robots.txt, following up to five redirects (RFC 9309). */
    private Exchange robotsTxt(URI uri) throws IOException, InterruptedException {
        Exchange e = exchange(uri);
        for (int hop = 0; hop < 5 && e.isRedirect(); hop++) {
            uri = uri.resolve(e.headers().firstValue("Location").orElseThrow().strip());
            e = exchange(uri);
        }
        return e;
    }

    /** One polite request, stored whatever its status. */
    private Exchange exchange(URI uri) throws IOException, InterruptedException {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        throttle.await(host);
        Duration delay = delayFor(uri);
        try {
            Exchange e = http.get(uri);
            archive.write(e);
            delay = max(delay, backOff(e));
            return e;
        } finally {
            throttle.done(host, delay);
        }
    }

    /** A server that says it is overloaded (429, 503) gets the pause it asks for in Retry-After, up to a minute. */
    static Duration backOff(Exchange e) {
        if (e.status() != 429 && e.status() != 503) {
            return Duration.ZERO;
        }
        String retry = e.headers().firstValue("Retry-After").orElse("").strip();
        long seconds = retry.matches("\\d{1,9}") ? Long.parseLong(retry) : FetchConfig.MAX_CRAWL_DELAY.toSeconds();
        return Duration.ofSeconds(Math.min(seconds, FetchConfig.MAX_CRAWL_DELAY.toSeconds()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Duration delayFor(URI uri) {
        Duration delay = config.hostDelay();
        // robots.txt for this origin may not be known yet (while fetching robots.txt itself)
        Optional<Long> crawlDelay = robots.known(uri).map(BaseRobotRules::getCrawlDelay).filter(d -> d > 0);
        if (crawlDelay.isPresent()) {
            delay = max(delay, Duration.ofMillis(Math.min(crawlDelay.get(), FetchConfig.MAX_CRAWL_DELAY.toMillis())));
        }
        return delay;
    }

    private static boolean isFeed(Exchange e) {
        String type = e.mediaType();
        return type.equals("application/rss+xml") || type.equals("application/atom+xml") || type.equals("application/rdf+xml")
                || FeedParser.looksLikeFeed(e.body());
    }

    private static int queueItems(Exchange feed, Deque<Task> queue, Set<URI> seen) {
        int n = 0;
        try {
            for (FeedItem item : FeedParser.parse(feed.body(), feed.contentType()).items()) {
                Optional<URI> link = item.link().flatMap(l -> parse(feed.uri(), l));
                if (link.isPresent() && seen.add(link.get())) {
                    queue.add(new Task(link.get(), false));
                    n++;
                }
            }
        } catch (FeedParser.NotAFeedException e) {
            // looked like a feed but is not one: it was stored as it is, and analyze will say so
        }
        return n;
    }

    private static Optional<URI> parse(URI base, String link) {
        try {
            return Optional.of(base.resolve(link.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        return switch (e) {
            case java.net.http.HttpConnectTimeoutException t -> "connect timed out";
            case java.net.http.HttpTimeoutException t -> "timed out: " + t.getMessage();
            case java.net.ConnectException c -> "connection refused or unreachable";
            default -> name + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
    }

    @Override
    public void close() {
        http.close();
    }
}
