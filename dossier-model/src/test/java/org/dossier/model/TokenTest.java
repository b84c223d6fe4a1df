package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void anUntaggedTokenIsTaggedXWithItsWordInLowerCaseAsLemma() {
        Token t = Token.untagged(new Span(4, 9), "Costa");
        assertEquals(Token.UNTAGGED, t.tag());
        assertEquals("costa", t.lemma());
        assertFalse(t.isTagged());
        assertTrue(t.tagged("NNP", "Costa").isTagged());
        assertEquals("costa", t.tagged("NNP", "Costa").lemma());
    }

    @Test
    void aWordThatDoesNotFitItsSpanIsRejectedWithTheWord() {
        var e = assertThrows(IllegalArgumentException.class, () -> Token.untagged(new Span(0, 3), "said"));
        assertTrue(e.getMessage().contains("'said'") && e.getMessage().contains("[0, 3)"), e.getMessage());
    }

    @Test
    void aBlankTagAndAnUpperCaseLemmaAreRejectedWithTheValue() {
        var tag = assertThrows(IllegalArgumentException.class, () -> new Token(new Span(0, 4), "said", " ", "say"));
        assertTrue(tag.getMessage().contains("' '"), tag.getMessage());
        var lemma = assertThrows(IllegalArgumentException.class, () -> new Token(new Span(0, 4), "said", "VBD", "Say"));
        assertTrue(lemma.getMessage().contains("'Say'"), lemma.getMessage());
    }

    @Test
    void pennTagsTellVerbsNounsNamesAndPronouns() {
        Token said = new Token(new Span(0, 4), "said", "VBD", "say");
        Token will = new Token(new Span(0, 4), "will", "MD", "will");
        Token smith = new Token(new Span(0, 5), "Smith", "NNP", "smith");
        Token she = new Token(new Span(0, 3), "she", "PRP", "she");
        assertTrue(said.isVerb() && will.isVerb() && !smith.isVerb());
        assertTrue(smith.isNoun() && smith.isProperNoun() && smith.isCapitalised() && smith.is("SMITH"));
        assertTrue(she.isPronoun() && !new Token(new Span(0, 3), "her", "PRP$", "she").isPronoun());
    }

    @Test
    void aSpanTrimmedOfWhitespaceKeepsItsText() {
        String text = " \n Anna spoke. \n";
        assertEquals("Anna spoke.", new Span(0, text.length()).trimmed(text).of(text));
        assertEquals(0, new Span(0, 3).trimmed(text).length());
    }
}
