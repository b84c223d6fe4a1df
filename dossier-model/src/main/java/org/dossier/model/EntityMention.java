package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an entity is named: a span of one article's body, or, for a byline credit that is not in
 * the body, the article alone.
 *
 * @param article the article id
 * @param span    the mention's span in that article's body; empty for a byline credit
 * @param text    the surface form
 */
public record EntityMention(String article, Optional<Span> span, String text) implements Comparable<EntityMention> {

    public EntityMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mention text must not be blank, got " + Codes.quote(text) + " in " + article);
        }
        span.ifPresent(s -> {
            if (s.length() != text.length()) {
                throw new IllegalArgumentException("mention text " + Codes.quote(text) + " does not fit its span " + s);
            }
        });
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
