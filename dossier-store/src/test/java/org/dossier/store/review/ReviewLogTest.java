package org.dossier.store.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dossier.store.Correction;
import org.dossier.store.Correction.Kind;
import org.junit.jupiter.api.Test;

class ReviewLogTest {
    private static final String QUOTE = "00000000000000a1";
    private static final String CLAIM = "00000000000000c1";

    private static Correction at(int second, Kind kind, String target, String value, String note) {
        return Correction.of(kind, target, value, note, "Ana", Instant.parse("2026-12-02T10:00:00Z").plusSeconds(second));
    }

    @Test
    void theLatestCorrectionOfAQuotesSpeakerIsTheOneInEffect() {
        Correction first = at(1, Kind.SPEAKER, QUOTE, "Mira Osei", "");
        Correction second = at(2, Kind.REMOVE_SPEAKER, QUOTE, "", "nobody is named");
        ReviewLog log = new ReviewLog(List.of(first, second));
        assertEquals(List.of(second), log.effective());
    }

    @Test
    void anUndoneCorrectionLeavesTheOneBeforeItInEffect() {
        Correction first = at(1, Kind.VERDICT, CLAIM, "supported", "");
        Correction second = at(2, Kind.VERDICT, CLAIM, "disputed", "the ministry denies it");
        Correction undo = at(3, Kind.UNDO, second.id(), "", "");
        ReviewLog log = new ReviewLog(List.of(first, second, undo));
        assertEquals(List.of(first), log.effective());
        assertTrue(log.undone().contains(second.id()));
    }

    @Test
    void aRepeatedChangeIsFoundWhoeverAsksAndAChangedNoteIsNot() {
        Correction hide = at(1, Kind.HIDE, "00000000000000b1", "00000000000000d1", "wrong story");
        ReviewLog log = new ReviewLog(List.of(hide));
        Correction again = Correction.of(Kind.HIDE, hide.target(), hide.value(), "wrong story", "Ben", Instant.now());
        assertEquals(hide, log.already(again).orElseThrow());
        assertFalse(log.already(Correction.of(Kind.HIDE, hide.target(), hide.value(), "another note", "Ben",
                Instant.now())).isPresent());
        Correction undo = at(2, Kind.UNDO, hide.id(), "", "");
        ReviewLog undone = new ReviewLog(List.of(hide, undo));
        assertEquals(undo, undone.already(at(3, Kind.UNDO, hide.id(), "", "again")).orElseThrow());
        assertFalse(undone.already(again).isPresent(), "once undone, the same change is a new correction");
    }

    @Test
    void correctionsRoundTripThroughTheirFieldsAndRefuseBadValues() {
        Correction c = at(5, Kind.SPLIT, "00000000000000e1", "Jordan Vale", "two people");
        assertEquals(c, Correction.fromFields(c.fields()));
        assertThrows(IllegalArgumentException.class, () -> at(1, Kind.VERDICT, CLAIM, "maybe", ""));
        assertThrows(IllegalArgumentException.class, () -> at(1, Kind.SPEAKER, QUOTE, " ", ""));
        assertThrows(IllegalArgumentException.class, () -> Correction.of(Kind.HIDE, "x", "y", "", " ", Instant.now()));
    }
}
