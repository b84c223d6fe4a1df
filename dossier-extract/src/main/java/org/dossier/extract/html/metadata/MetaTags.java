package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by key: Open Graph {@code property}, classic {@code name},
 * microdata {@code itemprop} and {@code http-equiv}, all lower case, each with its non-blank values
 * in document order.
 */
final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    static MetaTags of(Document doc) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first value of the first key present. */
    Optional<String> first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return Optional.of(v.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every value of a key. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
