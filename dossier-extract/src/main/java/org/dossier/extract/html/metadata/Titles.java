package org.dossier.extract.html.metadata;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The headline and other short texts: chosen from structured data, Open Graph, the page's
 * {@code <h1>} or its {@code <title>}, with the site's name cut off when the page appends it
 * ("Headline | The Daily Planet").
 */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]{1,2}\\s+|\\s*::\\s*|\\s+\\|\\s*");

    private static final Pattern NOT_SECTIONS = Pattern.compile(
            "home|homepage|home page|front page|frontpage|all|post|posts|article|articles|uncategorized"
                    + "|uncategorised|blog|main|index|default|none|null|.*\\.(com|org|net|co\\.uk|de|fr|in)");

    private Titles() {
    }

    static Optional<String> headline(Document doc, MetaTags meta, Optional<Map<String, Object>> article,
                                     Optional<String> outlet, Optional<String> url) {
        Optional<String> raw = clean(meta.first("og:title")
                .or(() -> article.flatMap(a -> JsonLd.text(a, "headline")))
                .or(() -> meta.first("twitter:title"))
                .or(() -> fromPage(doc, outlet, url)));
        return raw.map(t -> withoutSiteName(t, outlet, url)).flatMap(t -> clean(Optional.of(t)));
    }

    /**
     * With no structured headline: the first {@code <h1>}, unless it is the site's logo (it names the
     * site) or a short label the {@code <title>} does not repeat, in which case the {@code <title>}.
     */
    private static Optional<String> fromPage(Document doc, Optional<String> outlet, Optional<String> url) {
        Optional<String> h1 = clean(Optional.ofNullable(doc.selectFirst("h1")).map(Element::text));
        Optional<String> title = clean(Optional.of(doc.title()));
        if (h1.isEmpty() || title.isEmpty()) {
            return h1.or(() -> title);
        }
        String sq = AuthorNames.squash(h1.get());
        String site = outlet.map(AuthorNames::squash).orElse("");
        String host = url.map(Titles::hostName).orElse("");
        if (sq.isEmpty() || isSite(sq, site, host)) {
            return title;
        }
        // a short <h1> the <title> does not repeat is a label ("News", "Blog"), not the headline
        boolean repeated = AuthorNames.squash(title.get()).contains(sq);
        return repeated || h1.get().split("\\s+").length >= 4 ? h1 : title;
    }

    /** Whitespace collapsed, entities the page escaped twice decoded, blank as empty. */
    static Optional<String> clean(Optional<String> s) {
        return s.map(v -> v.contains("&") ? Parser.unescapeEntities(v, false) : v)
                .map(v -> v.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip())
                .filter(v -> !v.isEmpty());
    }

    /** The first of a comma-separated list of three or more sections: pages sometimes list every tag. */
    static String firstOfList(String section) {
        String[] parts = section.split("\\s*,\\s*");
        return parts.length >= 3 && !parts[0].isBlank() ? parts[0] : section;
    }

    /** Whether a section label names a section rather than the site or "everything". */
    static boolean isSectionName(String section) {
        String s = section.toLowerCase(Locale.ROOT).strip();
        return !NOT_SECTIONS.matcher(s).matches();
    }

    /** Drops a leading or trailing segment that repeats the section: "Opinion | Headline". */
    static String withoutSection(String title, Optional<String> section) {
        if (section.isEmpty()) {
            return title;
        }
        String sec = AuthorNames.squash(section.get());
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2 || sec.isEmpty()) {
            return title;
        }
        var m = SEPARATOR.matcher(title);
        int firstEnd = -1;
        int lastStart = -1;
        while (m.find()) {
            if (firstEnd < 0) {
                firstEnd = m.end();
            }
            lastStart = m.start();
        }
        if (AuthorNames.squash(parts[0]).equals(sec)) {
            return title.substring(firstEnd).strip();
        }
        if (AuthorNames.squash(parts[parts.length - 1]).equals(sec)) {
            return title.substring(0, lastStart).strip();
        }
        return title;
    }

    /** Drops a leading or trailing segment that is the site's name or its domain. */
    static String withoutSiteName(String title, Optional<String> outlet, Optional<String> url) {
        String site = outlet.map(AuthorNames::squash).orElse("");
        String host = url.map(Titles::hostName).orElse("");
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = AuthorNames.squash(parts[parts.length - 1]);
        String first = AuthorNames.squash(parts[0]);
        var m = SEPARATOR.matcher(title);
        int firstSep = -1;
        int lastSepStart = -1;
        int lastSepEnd = -1;
        while (m.find()) {
            if (firstSep < 0) {
                firstSep = m.end();
            }
            lastSepStart = m.start();
            lastSepEnd = m.end();
        }
        if (isSite(last, site, host)) {
            return title.substring(0, lastSepStart).strip();
        }
        if (isSite(first, site, host)) {
            return title.substring(firstSep).strip();
        }
        return title;
    }

    private static boolean isSite(String segment, String site, String host) {
        if (segment.isEmpty()) {
            return false;
        }
        return (!site.isEmpty() && (segment.equals(site) || site.contains(segment) && segment.length() >= 4
                || segment.contains(site) && segment.length() < site.length() + 12))
                || (!host.isEmpty() && (segment.equals(host) || host.contains(segment) && segment.length() >= 4
                || segment.startsWith(host) && segment.length() <= host.length() + 10));
    }

    /** The registered name of a URL's host: "nytimes" for https://www.nytimes.com/... */
    private static String hostName(String url) {
        try {
            String h = URI.create(url.replace(" ", "%20")).getHost();
            if (h == null) {
                return "";
            }
            String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
            if (labels.length >= 3 && labels[labels.length - 2].length() <= 3) {
                return labels[labels.length - 3].replaceAll("[^a-z0-9]", "");
            }
            return labels.length >= 2 ? labels[labels.length - 2].replaceAll("[^a-z0-9]", "") : "";
        } catch (IllegalArgumentException e) {
            // a malformed URL tells us nothing about the site's name
            return "";
        }
    }
}
