package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named entity mention in an article body.
 *
 * @param span where the mention is in the body
 * @param text the body's text at {@code span}
 * @param type what kind of entity it names
 * @param roles the spans of descriptions attached to the mention ("Kremlin spokesperson" before a
 *              name, "Azerbaijani political analyst" in "..., an Azerbaijani political analyst"),
 *              without their articles, none overlapping the mention
 */
public record Mention(Span span, String text, EntityType type, List<Span> roles) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        roles = List.copyOf(roles);
        for (Span r : roles) {
            if (r.overlaps(span)) {
                throw new IllegalArgumentException("role " + r + " overlaps its mention " + span + " " + Codes.quote(text));
            }
        }
        if (text == null || text.isBlank() || text.length() != span.length()) {
            throw new IllegalArgumentException("mention text must be the " + span.length() + " characters at " + span
                    + ", got " + Codes.quote(text));
        }
    }

    public static Mention of(String body, Span span, EntityType type) {
        return new Mention(span, span.of(body), type, List.of());
    }

    public Mention withRole(Span r) {
        List<Span> all = new ArrayList<>(roles);
        all.add(r);
        return new Mention(span, text, type, all);
    }
}
