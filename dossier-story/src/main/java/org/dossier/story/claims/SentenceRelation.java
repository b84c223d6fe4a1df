package org.dossier.story.claims;

import java.util.Locale;

/** How two sentences of different sources stand to each other (docs/STORY.md, "Corroboration by agreement"). */
public enum SentenceRelation {
    /** They assert the same event or statement, with compatible participants, numbers, dates and polarity. */
    SAME,
    /** They are about the same thing and cannot both be true. */
    CONTRADICTING,
    /** They are about the same event, people or topic but assert different things. */
    RELATED,
    /** They have nothing in common that matters. */
    UNRELATED;

    /** The label's name in the claims test set ({@code same}, {@code related}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation a test-set label names. */
    public static SentenceRelation ofLabel(String label) {
        for (SentenceRelation r : values()) {
            if (r.label().equals(label.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation label '" + label + "': expected same, contradicting, related or unrelated");
    }
}
