package org.dossier.model;

import java.util.Objects;

/**
 * A temporal expression in an article body and the date it means, as precise as the text says
 * ("November 10, 2020" is a day, "last September" a month, "next year" a year).
 *
 * @param span  where the expression is in the body
 * @param text  the body's text at {@code span}
 * @param value the normalised date
 */
public record DateMention(Span span, String text, Timestamp value) {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        if (text == null || text.isBlank() || text.length() != span.length()) {
            throw new IllegalArgumentException("date text must be the " + span.length() + " characters at " + span
                    + ", got " + Codes.quote(text));
        }
    }
}
