package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The section an article is filed under, read from the page's JSON-LD breadcrumb trail: the last
 * crumb that is neither the home page nor the article itself.
 */
final class Breadcrumbs {
    private Breadcrumbs() {
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
        }
        return Optional.empty();
    }
}
