package org.dossier.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * robots.txt per origin (scheme, host, port), fetched once and kept for the run, read by
 * crawler-commons with RFC 9309's rules: a 4xx robots.txt allows everything, a 5xx or an
 * unreachable one disallows everything (the site may be down; it is not asked again this run).
 */
final class RobotsRules {
    /** Fetches a robots.txt, following redirects; returns the final exchange. */
    interface Source {
        Exchange fetch(URI robotsTxt) throws IOException, InterruptedException;
    }

    private final String agent;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(FetchConfig.MAX_CRAWL_DELAY.toMillis(), 5);
    private final Map<String, BaseRobotRules> byOrigin = new HashMap<>();
    /** Why an origin's robots.txt could not be had, for origins whose rules therefore disallow all. */
    private final Map<String, String> unavailable = new HashMap<>();

    RobotsRules(String agent) {
        this.agent = agent.toLowerCase(Locale.ROOT);
    }

    BaseRobotRules rulesFor(URI uri, Source source) throws InterruptedException {
        String origin = origin(uri);
        BaseRobotRules rules = byOrigin.get(origin);
        if (rules == null) {
            rules = fetch(origin, source);
            byOrigin.put(origin, rules);
        }
        return rules;
    }

    /** The rules for {@code uri}'s origin when they have been fetched already. */
    Optional<BaseRobotRules> known(URI uri) {
        return Optional.ofNullable(byOrigin.get(origin(uri)));
    }

    /** Why nothing on {@code uri}'s origin may be fetched when its robots.txt could not be had, else empty. */
    Optional<String> unavailable(URI uri) {
        return Optional.ofNullable(unavailable.get(origin(uri)));
    }

    private BaseRobotRules fetch(String origin, Source source) throws InterruptedException {
        URI robotsTxt = URI.create(origin + "/robots.txt");
        Exchange e;
        try {
            e = source.fetch(robotsTxt);
        } catch (IOException | IllegalArgumentException ex) {
            unavailable.put(origin, robotsTxt + " could not be fetched (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")");
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
        if (e.status() >= 200 && e.status() < 300) {
            return parser.parseContent(robotsTxt.toString(), e.body(), e.contentType().orElse("text/plain"), List.of(agent));
        }
        if (e.status() >= 500 || e.status() < 400) {
            unavailable.put(origin, robotsTxt + " answered HTTP " + e.status());
        }
        return parser.failedFetch(e.status());
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
