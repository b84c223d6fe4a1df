package org.dossier.nlp.lang;

import java.util.Optional;

/** Tells the language of a text. Implementations load their models once and are thread-safe. */
@FunctionalInterface
public interface LanguageIdentifier {

    /** The ISO 639-1 code of {@code text}'s language, or empty when the text does not say clearly. */
    Optional<String> identify(String text);

    /** The language of {@code text} and what it was told from; by default from the whole text. */
    default LanguageDecision decide(String text) {
        return new LanguageDecision(identify(text), LanguageDecision.Basis.PROSE, 0, Optional.empty());
    }
}
