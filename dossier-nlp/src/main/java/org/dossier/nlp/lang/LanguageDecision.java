package org.dossier.nlp.lang;

import java.util.Objects;
import java.util.Optional;

/**
 * A language identifier's answer for one text and what it rests on.
 *
 * @param language   the ISO 639-1 code, or empty when the text does not say clearly
 * @param basis      what the answer was told from
 * @param proseWords how many words of running text (not starting with a capital letter) the text has,
 *                   counted up to the sample's size
 * @param overruled  the language the detector preferred where English, nearly as likely, was taken instead
 */
public record LanguageDecision(Optional<String> language, Basis basis, int proseWords, Optional<String> overruled) {

    /** What a language was told from. */
    public enum Basis {
        /** The text's running words, its names left out: the usual case. */
        PROSE,
        /** The same, but few of them (a page of tables, scores or short lines): a less certain answer. */
        SHORT_PROSE,
        /** Too little running text: the opening of the text as written, names and all. */
        OPENING,
        /** No letters at all: nothing to tell a language from. */
        NO_LETTERS
    }

    public LanguageDecision {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(overruled, "overruled");
        if (proseWords < 0) {
            throw new IllegalArgumentException("proseWords must not be negative, got " + proseWords);
        }
    }
}
