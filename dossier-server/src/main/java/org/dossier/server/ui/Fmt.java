package org.dossier.server.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Timestamp;

/** Small formatting shared by the pages. */
final class Fmt {
    private Fmt() {
    }

    /** "Outlet · Jane Roe, Joe Bloggs · 2024-05-01": what is known, joined. */
    static String byline(ArticleMetadata m) {
        return String.join(" · ", Stream.of(m.outlet().orElse(""), String.join(", ", m.authors()),
                m.published().map(Timestamp::iso).orElse("")).filter(s -> !s.isEmpty()).toList());
    }

    static String title(ArticleMetadata m, String fallback) {
        return m.title().orElse(fallback);
    }

    static String range(Optional<Timestamp> first, Optional<Timestamp> last) {
        if (first.isEmpty()) {
            return "";
        }
        String a = first.get().iso();
        String b = last.map(Timestamp::iso).orElse(a);
        return a.equals(b) ? a : a + " – " + b;
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }
}
