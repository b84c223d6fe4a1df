package org.dossier.extract.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US | en", "pt_BR | pt", "DE | de", "iw | he", "zh-Hant-TW | zh",
        "eng | ", "xx | ", "'' | "})
    void declaredLanguagesBecomeIso6391Codes(String tag, String code) {
        assertEquals(Optional.ofNullable(code), Languages.normalise(tag));
    }
}
