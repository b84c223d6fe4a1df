package org.dossier.extract.html.metadata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened ({@code @graph} and arrays opened),
 * with typed look-ups for what an article needs: the article object itself, its publisher and the
 * page's breadcrumb trail.
 */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
            "advertisercontentarticle", "satiricalarticle", "posting", "creativework");

    private final List<Map<String, Object>> nodes;

    private JsonLd(List<Map<String, Object>> nodes) {
        this.nodes = nodes;
    }

    static JsonLd of(Document doc) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Json.parse(script.data()).ifPresent(v -> flatten(v, nodes));
        }
        return new JsonLd(nodes);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object root, List<Map<String, Object>> out) {
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && out.size() < 500) {
            Object v = todo.pop();
            if (v instanceof List<?> l) {
                for (int k = l.size() - 1; k >= 0; k--) {
                    todo.push(l.get(k));
                }
            } else if (v instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
                Object graph = m.get("@graph");
                if (graph != null) {
                    todo.push(graph);
                }
            }
        }
    }

    /** The first object typed as an article (or a creative work standing in for one). */
    Optional<Map<String, Object>> article() {
        Map<String, Object> fallback = null;
        for (Map<String, Object> n : nodes) {
            for (String t : types(n)) {
                if (ARTICLE_TYPES.contains(t) && !t.equals("creativework")) {
                    return Optional.of(n);
                }
                if (t.equals("webpage") && fallback == null && n.containsKey("headline")) {
                    fallback = n;
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** Objects of one schema.org type, lower case. */
    List<Map<String, Object>> ofType(String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            if (types(n).contains(type)) {
                out.add(n);
            }
        }
        return out;
    }

    static List<String> types(Map<String, Object> n) {
        Object t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t instanceof String s) {
            out.add(s.toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""));
        } else if (t instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    out.add(s.toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""));
                }
            }
        }
        return out;
    }

    /** A property as text: a string, the first string of a list, or the {@code name} of an object. */
    static Optional<String> text(Map<String, Object> n, String key) {
        return text(n.get(key));
    }

    static Optional<String> text(Object v) {
        if (v instanceof String s) {
            String t = s.strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                Optional<String> t = text(o);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        if (v instanceof Map<?, ?> m) {
            return text(m.get("name"));
        }
        return Optional.empty();
    }

    /** A property as a list of objects or strings, whether the page gave one or many. */
    static List<Object> list(Map<String, Object> n, String key) {
        Object v = n.get(key);
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
    }
}
