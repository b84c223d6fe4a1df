package org.dossier.extract.html.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language the page declares ({@code <html lang>}, Content-Language, {@code og:locale},
 * JSON-LD {@code inLanguage}) as an ISO 639-1 code. A declaration that is not a known two-letter
 * code is ignored rather than guessed at.
 */
final class Languages {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    static Optional<String> of(Document doc, MetaTags meta, Optional<Map<String, Object>> article) {
        Element html = doc.selectFirst("html");
        Optional<String> declared = Optional.ofNullable(html).map(h -> h.attr("lang")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(html).map(h -> h.attr("xml:lang")).filter(s -> !s.isBlank()))
                .or(() -> meta.first("content-language", "og:locale", "language", "dc.language"))
                .or(() -> article.flatMap(a -> JsonLd.text(a, "inLanguage")));
        return declared.flatMap(Languages::normalise);
    }

    /** "en-US", "en_GB", "EN" to "en"; the legacy codes Java still knows ("iw", "in", "ji") to their current ones. */
    static Optional<String> normalise(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        t = switch (t) {
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            default -> t;
        };
        return t.length() == 2 && (ISO_639_1.contains(t) || t.equals("he") || t.equals("id") || t.equals("yi"))
                ? Optional.of(t) : Optional.empty();
    }
}
