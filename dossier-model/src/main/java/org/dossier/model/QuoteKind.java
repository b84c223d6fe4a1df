package org.dossier.model;

import java.util.Locale;

/** Whether a statement is quoted word for word or reported in the writer's words. */
public enum QuoteKind {
    /** Inside quotation marks: the speaker's own words. */
    DIRECT,
    /** Reported speech or thought: "X said that ...", "according to X, ...". */
    INDIRECT;

    /** The contract's spelling: {@code direct} or {@code indirect}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
