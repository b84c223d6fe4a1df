package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The section an article is filed under, read from the page's breadcrumb trail (JSON-LD, or the
 * links of a visible breadcrumb bar): the last crumb that is neither the home page nor the article
 * itself.
 */
final class Breadcrumbs {
    private static final int MAX_CRUMBS = 10;

    private Breadcrumbs() {
    }

    /** The last linked crumb of a visible breadcrumb bar, the home link excepted. */
    static Optional<String> fromPage(Document doc, Optional<String> title) {
        Element bar = doc.selectFirst("[class*=breadcrumb], [id*=breadcrumb], nav[aria-label*=readcrumb]");
        if (bar == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Element a : bar.getElementsByTag("a")) {
            if (names.size() == MAX_CRUMBS) {
                // a "breadcrumb" class on a whole page region: its last link is anything but a section
                return Optional.empty();
            }
            names.add(a.text());
        }
        return lastSection(names, title);
    }

    static Optional<String> section(JsonLd ld, Optional<String> title) {
        for (Map<String, Object> list : ld.ofType("breadcrumblist")) {
            List<String> names = new ArrayList<>();
            for (Object item : JsonLd.list(list, "itemListElement")) {
                if (item instanceof Map<?, ?> m) {
                    Object inner = m.get("item");
                    Optional<String> name = JsonLd.text(m.get("name"))
                            .or(() -> inner instanceof Map<?, ?> im ? JsonLd.text(im.get("name")) : Optional.empty());
                    name.ifPresent(names::add);
                }
            }
            Optional<String> section = lastSection(names, title);
            if (section.isPresent()) {
                return section;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastSection(List<String> names, Optional<String> title) {
        String headline = title.map(AuthorNames::squash).orElse("");
        for (int k = names.size() - 1; k >= 0; k--) {
            String n = names.get(k);
            String sq = AuthorNames.squash(n);
            // the last crumb is often the article itself, under a shorter name than its headline
            if (sq.isEmpty() || sq.equals("home") || sq.equals(headline) || n.length() > 40
                    || n.strip().split("\\s+").length > 5
                    || (!headline.isEmpty() && headline.startsWith(sq) && sq.length() > 20)) {
                continue;
            }
            return Optional.of(n.strip());
        }
        return Optional.empty();
    }
}
