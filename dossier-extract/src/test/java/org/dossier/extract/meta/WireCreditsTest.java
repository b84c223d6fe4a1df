package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireCreditsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "(Reporting by Anna Holt; Editing by Piet Vos)",
        "(Reporting by Anna Holt; additional reporting by Lars Eng in Oslo; editing by Piet Vos)",
        "Reporting by Anna Holt; Writing by Lars Eng; Editing by Piet Vos and Mira Toll",
        "Additional reporting by Lars Eng.",
        "[Writing by Lars Eng; Editing by Piet Vos]"})
    void agencyCreditLinesAreRecognised(String line) {
        assertTrue(WireCredits.isCreditLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Writing by hand, the lock keeper has logged the level every morning since 1987.",
        "The reporting by local papers was thin, the inquiry found.",
        "Edited by volunteers, the newsletter reaches every house in the valley."})
    void sentencesThatMerelyMentionReportingOrWritingAreNot(String line) {
        assertFalse(WireCredits.isCreditLine(line), line);
    }
}
