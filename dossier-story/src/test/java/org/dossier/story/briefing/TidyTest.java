package org.dossier.story.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Briefing sentences stand alone: no connective leaning on a sentence the briefing does not show, no labels, no bullets. */
class TidyTest {
    @Test
    void aLeadingConnectiveIsDroppedAndTheSentenceStartsWithACapital() {
        assertEquals("The ferry company raised its fares on Monday.",
                Tidy.sentence("However, the ferry company raised its fares on Monday"));
        assertEquals("The harbour board met again.", Tidy.sentence("So, the harbour board met again."));
        assertEquals("The council said it would appeal.", Tidy.sentence("In turn, the council said it would appeal."));
        assertEquals("The mayor resigned.", Tidy.sentence("But the mayor resigned."));
    }

    @Test
    void aWordThatOnlyLooksLikeAConnectiveStays() {
        assertEquals("So many passengers complained that the timetable changed.",
                Tidy.sentence("So many passengers complained that the timetable changed."));
        assertEquals("Still waters hid the wreck.", Tidy.sentence("Still waters hid the wreck."));
    }

    @Test
    void aLeadingLabelIsDroppedButASpeakersColonStays() {
        assertEquals("The closure cuts the island off for a month.",
                Tidy.sentence("Why it matters: The closure cuts the island off for a month."));
        assertEquals("Fares rise.", Tidy.sentence("Key points: however, fares rise."));
        assertEquals("The captain said: we sail at dawn.", Tidy.sentence("The captain said: we sail at dawn."));
    }

    @Test
    void aListRunTogetherIsNoBriefingSentence() {
        assertEquals("", Tidy.sentence("Fares rise • Ferries cut • Harbour closed"));
        assertEquals("Fares rise on Monday.", Tidy.sentence("• Fares rise on Monday"));
    }
}
