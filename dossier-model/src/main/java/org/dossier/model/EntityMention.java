package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an entity is named: a span of one article's body, or a metadata field of the article (the
 * byline's authors, the outlet) when the name is not in the body.
 *
 * @param article the article id
 * @param span    the mention's span in that article's body; empty for a metadata field
 * @param text    the surface form
 * @param field   {@link #BODY}, or the metadata field that names the entity ({@code authors}, {@code outlet})
 */
public record EntityMention(String article, Optional<Span> span, String text, String field)
        implements Comparable<EntityMention> {

    public static final String BODY = "body";

    public EntityMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        if (span.isPresent() != BODY.equals(field)) {
            throw new IllegalArgumentException("a mention has a span exactly when it is in the body, got "
                    + span + " in field " + Codes.quote(field) + " of " + article);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mention text must not be blank, got " + Codes.quote(text) + " in " + article);
        }
        span.ifPresent(s -> {
            if (s.length() != text.length()) {
                throw new IllegalArgumentException("mention text " + Codes.quote(text) + " does not fit its span " + s);
            }
        });
    }

    /** A mention in the body. */
    public static EntityMention inBody(String article, Span span, String text) {
        return new EntityMention(article, Optional.of(span), text, BODY);
    }

    @Override
    public int compareTo(EntityMention o) {
        int c = article.compareTo(o.article);
        if (c != 0) {
            return c;
        }
        int a = span.map(Span::start).orElse(-1);
        int b = o.span.map(Span::start).orElse(-1);
        return Integer.compare(a, b);
    }
}
