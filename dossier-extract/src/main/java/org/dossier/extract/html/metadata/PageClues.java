package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.model.Timestamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a reader sees on the page rather than in its head: the byline and the dateline. Never
 * reads them from link lists, menus, sidebars or footers, where other articles' authors and dates
 * live.
 */
final class PageClues {
    private static final Pattern BYLINE_CLASS = Pattern.compile("byline|author|writer|contributor|reporter");
    private static final Pattern DATE_CLASS = Pattern.compile("date|time|publish|posted|dateline|byline|meta");
    private static final int MAX_BYLINE_CHARS = 150;
    private static final int MAX_DATELINE_CHARS = 200;
    private static final int MAX_CLIMB = 30;

    private PageClues() {
    }

    /** Names from byline elements, in page order. */
    static List<String> bylineNames(Document doc, Optional<String> outlet) {
        List<String> names = new ArrayList<>();
        int looked = 0;
        for (Element e : doc.select("[rel=author], [itemprop=author], [class], [id]")) {
            boolean structured = e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author");
            if (!structured && !BYLINE_CLASS.matcher(label(e)).find()) {
                continue;
            }
            if (inLinkList(e)) {
                continue;
            }
            Optional<String> text = ShortText.of(e, MAX_BYLINE_CHARS);
            if (text.isEmpty()) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name]");
            names.addAll(AuthorNames.fromByline(named != null ? named.text() : text.get(), outlet));
            if (!names.isEmpty() || ++looked > 20) {
                break;
            }
        }
        return AuthorNames.dedupe(names);
    }

    /** The publication date a {@code <time>} element or a dateline shows. */
    static Optional<Timestamp> dateline(Document doc) {
        Optional<Timestamp> best = Optional.empty();
        for (Element e : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            if (inLinkList(e)) {
                continue;
            }
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                    : ShortText.of(e, MAX_DATELINE_CHARS).orElse("");
            Optional<Timestamp> t = DateText.parseValue(value);
            boolean published = e.attr("itemprop").equalsIgnoreCase("datePublished") || e.hasAttr("pubdate")
                    || label(e).contains("publish");
            if (t.isPresent() && (published || best.isEmpty())) {
                best = t;
                if (published) {
                    return best;
                }
            }
        }
        if (best.isPresent()) {
            return best;
        }
        for (Element e : doc.select("[class], [id]")) {
            if (!DATE_CLASS.matcher(label(e)).find() || inLinkList(e)) {
                continue;
            }
            Optional<Timestamp> t = ShortText.of(e, MAX_DATELINE_CHARS).flatMap(DateText::find);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Whether the element sits in a list, link, menu, sidebar or footer: other articles' furniture. */
    static boolean inLinkList(Element e) {
        int up = 0;
        // a bounded climb: on a page nested thousands deep, checking every ancestor of every
        // candidate would be quadratic, and furniture sits close above its dates anyway
        for (Element p = e; p != null && up < MAX_CLIMB; p = p.parent(), up++) {
            String tag = p.normalName();
            if (tag.equals("li") || tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
                    || tag.equals("script") || (tag.equals("a") && !p.attr("rel").equalsIgnoreCase("author"))) {
                return true;
            }
            String l = label(p);
            if (l.contains("related") || l.contains("sidebar") || l.contains("recommend") || l.contains("comment")
                    || l.contains("teaser") || l.contains("most-") || l.contains("popular")) {
                return true;
            }
        }
        return false;
    }

    private static String label(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }
}
