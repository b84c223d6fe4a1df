package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MastheadTest {

    private static int find(String text) {
        return Masthead.find(Lines.split(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "THE EVENING LANTERN\nNews    Sport    Business    Weather\nA headline\n",
        "Evening Lantern\nHome   Region   Nation   World\n",
        "Voice of the Valley\n  • Home\n  • News\n",
        "ORCHARD POST\nMenu\nA headline about apples\n",
        "*\nThe Evening Lantern\nNews | Sport | Weather | Letters\n"})
    void aNameInCapitalsOrTitleCaseAboveAMenuIsAMasthead(String page) {
        assertEquals(page.startsWith("*") ? 1 : 0, find(page));
    }

    @Test
    void aHeadlineOpeningThePageIsNoMasthead() {
        assertEquals(-1, find("Ministers agree to raise the river walls\nThe government said on Monday that it would spend more on the walls.\n"));
        assertEquals(-1, find("River Walls To Be Raised, Ministers Say\nThe government said on Monday that it would raise them.\n"));
    }

    @Test
    void aNameWithoutAMenuUnderItIsNoMasthead() {
        assertEquals(-1, find("Evening Lantern\nThe town's council met on Monday to decide on the budget for the new year.\n"));
        assertEquals(-1, find("Mayor Resigns\nAdvertisement\nThe mayor resigned on Monday after a vote of no confidence.\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sections\nSEARCH\n", "Skip to Article\nMenu\n", "CLOSE\n  • Local\n", "Iklan\n  • Beranda\n",
        "Sign in\nNews    Sport    Weather\n", "12 March 2024\nNews    Sport    Weather\n"})
    void controlsLabelsAndDatesAtTheTopAreNoMasthead(String page) {
        assertEquals(-1, find(page));
    }

    @Test
    void aMastheadInCapitalsIsSpeltAsThePageSpellsItElsewhere() {
        var lines = Lines.split("THE EVENING LANTERN\nNews    Sport    Weather\nThe evening lantern is lit.\n© The Evening Lantern 2024\n");
        assertEquals("The Evening Lantern", Masthead.name(lines, 0));
        assertEquals("BBC NEWS", Masthead.name(Lines.split("BBC NEWS\nHome    World    Sport\n"), 0));
    }
}
