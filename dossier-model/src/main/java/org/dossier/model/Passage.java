package org.dossier.model;

import java.util.Objects;

/**
 * A stretch of text two articles share, verbatim or lightly edited: a span in each body, no copy
 * of the text (take it with {@link Span#of(CharSequence)}).
 *
 * @param a        the passage in the first article's body
 * @param b        the passage in the second article's body
 * @param words    how many words the passage covers on the shorter side, at least one
 * @param verbatim the share of those words that match exactly, in {@code [0, 1]}
 */
public record Passage(Span a, Span b, int words, double verbatim) {

    public Passage {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (words < 1) {
            throw new IllegalArgumentException("a passage covers at least one word, got " + words);
        }
        if (!(verbatim >= 0 && verbatim <= 1)) {
            throw new IllegalArgumentException("verbatim share must be in [0, 1], got " + verbatim);
        }
    }

    /** The same passage seen from the other article. */
    public Passage swapped() {
        return new Passage(b, a, words, verbatim);
    }
}
