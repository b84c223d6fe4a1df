package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Timestamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a parsed page, each field from the most reliable source that
 * gives it: structured data (JSON-LD) first, then meta tags, then what the page shows (headline,
 * byline, dateline), then the URL. Must run before the content extractor cleans the document.
 * Stateless and thread-safe.
 */
public final class MetadataExtractor {
    /** A date-time with its offset: nothing later in the list can tell the time better. */
    private static final int MAX_PRECISION = 3;

    /** The metadata of {@code doc}; {@code pageUrl} is where the page came from, when known. */
    public PageMetadata extract(Document doc, Optional<String> pageUrl) {
        MetaTags meta = MetaTags.of(doc);
        JsonLd ld = JsonLd.of(doc);
        Optional<Map<String, Object>> article = ld.article();

        Optional<String> url = canonical(doc, meta).or(() -> pageUrl);
        Optional<String> outlet = Titles.clean(meta.first("og:site_name").filter(o -> !o.contains("://") && !o.startsWith("@"))
                .or(() -> article.flatMap(a -> JsonLd.text(a, "publisher")))
                .or(() -> ld.ofType("website").stream().map(w -> JsonLd.text(w, "name")).flatMap(Optional::stream).findFirst())
                .or(() -> meta.first("application-name", "al:android:app_name", "al:ios:app_name")));
        Optional<String> title0 = Titles.headline(doc, meta, article, outlet, url);
        Optional<String> subtitle = Titles.clean(meta.first("og:description", "description", "twitter:description")
                .or(() -> article.flatMap(a -> JsonLd.text(a, "description"))));
        Optional<String> section = Titles.clean(meta.first("article:section", "og:article:section", "section",
                        "parsely-section", "sailthru.section", "article.section")
                .or(() -> article.flatMap(a -> JsonLd.text(a, "articleSection")))
                .or(() -> Breadcrumbs.section(ld, title0))
                .or(() -> Breadcrumbs.fromPage(doc, title0))).map(Titles::firstOfList).filter(Titles::isSectionName);
        Optional<String> title = title0.map(t -> Titles.withoutSection(t, section));
        List<String> authors = authors(doc, meta, article, outlet);
        Optional<Timestamp> published = published(doc, meta, article, url);
        Optional<String> language = Languages.of(doc, meta, article);
        Optional<String> body = article.flatMap(a -> JsonLd.text(a, "articleBody"));
        return new PageMetadata(new ArticleMetadata(url, outlet, title, subtitle, section, authors, published, language),
                body);
    }

    private static Optional<String> canonical(Document doc, MetaTags meta) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        Optional<String> href = Optional.ofNullable(link).map(l -> l.absUrl("href"));
        return href.filter(MetadataExtractor::isWebUrl)
                .or(() -> meta.first("og:url").filter(MetadataExtractor::isWebUrl));
    }

    private static boolean isWebUrl(String u) {
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static List<String> authors(Document doc, MetaTags meta, Optional<Map<String, Object>> article,
                                        Optional<String> outlet) {
        List<String> names = new ArrayList<>();
        if (article.isPresent()) {
            for (Object a : JsonLd.list(article.get(), "author")) {
                if (a instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> person = (Map<String, Object>) m;
                    List<String> types = JsonLd.types(person);
                    if (types.contains("organization") || types.contains("newsmediaorganization")) {
                        continue;
                    }
                    JsonLd.text(person, "name").flatMap(n -> AuthorNames.single(n, outlet)).ifPresent(names::add);
                } else if (a instanceof String s) {
                    names.addAll(AuthorNames.fromByline(s, outlet));
                }
            }
        }
        if (names.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "byl", "twitter:creator:name")) {
                for (String v : meta.all(key)) {
                    if (!v.contains("://") && !v.startsWith("@")) {
                        names.addAll(AuthorNames.fromByline(v, outlet));
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            names.addAll(PageClues.bylineNames(doc, outlet));
        }
        return AuthorNames.dedupe(names);
    }

    private static Optional<Timestamp> published(Document doc, MetaTags meta, Optional<Map<String, Object>> article,
                                                 Optional<String> url) {
        // in order of trust; the page's own dateline is read only when the head left the time unknown
        List<Supplier<Optional<Timestamp>>> candidates = List.of(
                () -> article.flatMap(a -> JsonLd.text(a, "datePublished")).flatMap(DateText::parseValue),
                () -> meta.first("article:published_time", "og:article:published_time", "og:published_time",
                        "published_time", "datepublished", "article.published", "pubdate", "publishdate", "publish-date",
                        "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                        "dc.date", "dcterms.created", "date", "article:published", "og:pubdate", "cxenseparse:recs:publishtime")
                        .flatMap(DateText::parseValue),
                () -> PageClues.dateline(doc),
                () -> url.flatMap(DateText::fromUrl));
        Optional<Timestamp> best = Optional.empty();
        for (Supplier<Optional<Timestamp>> candidate : candidates) {
            if (best.isPresent() && precision(best.get()) == MAX_PRECISION) {
                break;
            }
            Optional<Timestamp> c = candidate.get();
            if (c.isEmpty()) {
                continue;
            }
            if (best.isEmpty()) {
                best = c;
            } else if (best.get().startDate().equals(c.get().startDate()) && precision(c.get()) > precision(best.get())) {
                // the same day, told more precisely elsewhere on the page
                best = c;
            }
        }
        return best;
    }

    private static int precision(Timestamp t) {
        return switch (t.value()) {
            case java.time.OffsetDateTime o -> MAX_PRECISION;
            case java.time.LocalDateTime l -> 2;
            default -> 1;
        };
    }
}
