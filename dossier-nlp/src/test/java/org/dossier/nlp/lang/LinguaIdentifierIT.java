package org.dossier.nlp.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language of pages made mostly of names and numbers; texts written for these tests. */
class LinguaIdentifierIT {
    private static LinguaIdentifier lingua;

    @BeforeAll
    static void load() {
        lingua = new LinguaIdentifier();
    }

    @Test
    void anEnglishResultsTableOfDutchClubsIsEnglishJudgedOnItsRunningText() {
        String page = "Results of Dutch second division matches played on Friday:\n\n"
                + "Zwolle Oost 2 Veendam Noord 1\n\nHaarlemmer Boys 0 Emmen Stad 3\n\nGouda Vooruit 1 Dordrecht Zuid 1\n\n"
                + "Standings after the weekend are listed below, with goals for and against.";
        LanguageDecision d = lingua.decide(page);
        assertEquals(Optional.of("en"), d.language());
        assertEquals(LanguageDecision.Basis.PROSE, d.basis());
    }

    @Test
    void aPageOfNamesAndScoresOnlyIsJudgedOnItsOpeningAndSaysSo() {
        LanguageDecision d = lingua.decide("Zwolle Oost 2 Veendam Noord 1\n\nHaarlemmer Boys 0 Emmen Stad 3");
        assertEquals(LanguageDecision.Basis.OPENING, d.basis());
    }

    @Test
    void numbersAloneHaveNoLanguage() {
        LanguageDecision d = lingua.decide("12 - 4 , 7 : 3 ( 2.51 )");
        assertEquals(Optional.empty(), d.language());
        assertEquals(LanguageDecision.Basis.NO_LETTERS, d.basis());
    }

    @Test
    void germanRunningTextStaysGermanAmongItsNames() {
        String page = "Der Stadtrat von Oberhausen hat am Dienstag beschlossen, die alte Brücke über den Kanal bis zum"
                + " Herbst zu sanieren. Bürgermeisterin Petra Lang sagte, die Kosten seien höher als erwartet.";
        assertEquals(Optional.of("de"), lingua.decide(page).language());
    }
}
