package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article. Absent fields are empty, never guessed.
 *
 * @param url       canonical URL, when the page or its container gives one
 * @param outlet    the publication's name, when the page names it
 * @param title     the headline
 * @param subtitle  the standfirst or description under the headline
 * @param section   the section or rubric the page files the article under
 * @param authors   people credited in the byline, in order, without duplicates
 * @param published publication date-time, as precise as the page gives it
 * @param language  ISO 639-1 code of the body's language
 */
public record ArticleMetadata(Optional<String> url, Optional<String> outlet, Optional<String> title,
                              Optional<String> subtitle, Optional<String> section, List<String> authors,
                              Optional<Timestamp> published, Optional<String> language) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        requireText("url", url);
        requireText("outlet", outlet);
        requireText("title", title);
        requireText("subtitle", subtitle);
        requireText("section", section);
        Objects.requireNonNull(published, "published");
        requireText("language", language);
        language.ifPresent(l -> {
            if (!l.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("language must be an ISO 639-1 code like 'en', got '" + l + "'");
            }
        });
        authors = List.copyOf(authors);
        for (String a : authors) {
            if (a.isBlank()) {
                throw new IllegalArgumentException("author names must not be blank: " + authors);
            }
        }
    }

    private static void requireText(String name, Optional<String> value) {
        Objects.requireNonNull(value, name);
        value.ifPresent(v -> {
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + " must be absent rather than blank");
            }
        });
    }

    public ArticleMetadata withUrl(Optional<String> v) {
        return new ArticleMetadata(v, outlet, title, subtitle, section, authors, published, language);
    }

    public ArticleMetadata withLanguage(Optional<String> v) {
        return new ArticleMetadata(url, outlet, title, subtitle, section, authors, published, v);
    }

    public ArticleMetadata withPublished(Optional<Timestamp> v) {
        return new ArticleMetadata(url, outlet, title, subtitle, section, authors, v, language);
    }

    public ArticleMetadata withOutlet(Optional<String> v) {
        return new ArticleMetadata(url, v, title, subtitle, section, authors, published, language);
    }
}
