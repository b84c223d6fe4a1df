package org.dossier.story.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The relation rules on sentences written for the purpose (the claims test set has only two
 * contradictions), without embeddings: the lexical model decides what is on one topic.
 */
class RelationClassifierTest {
    private final RelationClassifier lexical = new RelationClassifier(RelationModel.LEXICAL);

    private Relation relate(String a, String b) {
        return lexical.relate(a, b, Double.NaN, KeyRarity.NONE);
    }

    @Test
    void theSameSentenceInOtherWordsIsTheSameClaim() {
        Relation r = relate("The harbour board closed the Tallow ferry terminal on Monday after the storm damaged its pier.",
                "After the storm damaged its pier, the harbour board closed the Tallow ferry terminal on Monday.");
        assertEquals(SentenceRelation.SAME, r.kind(), r.toString());
    }

    @Test
    void anotherCountOfTheSameThingContradicts() {
        Relation r = relate("The storm killed 12 people in Dunmore on Monday, the coastguard said.",
                "The storm killed 21 people in Dunmore on Monday, the coastguard said.");
        assertEquals(SentenceRelation.CONTRADICTING, r.kind(), r.toString());
        assertTrue(r.why().orElseThrow().contains("21") && r.why().orElseThrow().contains("12"), r.toString());
    }

    @Test
    void anApproximateCountWithinATenthIsNoContradiction() {
        Relation r = relate("The mayor leads the council vote by 271 seats in the count of the electoral office.",
                "The mayor leads the council vote by roughly 270 seats in the count of the electoral office.");
        assertTrue(r.kind() != SentenceRelation.CONTRADICTING, r.toString());
    }

    @Test
    void aDecisionTakenAloneContradictsOneTakenJointly() {
        Relation r = relate("The decision to close the border crossing was taken by Veland alone, officials in Port Ash said.",
                "The decision to close the border crossing was taken jointly by Veland and Osmark, officials in Port Ash said.");
        assertEquals(SentenceRelation.CONTRADICTING, r.kind(), r.toString());
        assertTrue(r.why().orElseThrow().contains("alone"), r.toString());
    }

    @Test
    void leavingOfTheirOwnWillContradictsBeingDrivenOut() {
        Relation r = relate("The villagers of Kessel left their homes voluntarily before the dam was filled.",
                "The villagers of Kessel were driven out of their homes before the dam was filled.");
        assertEquals(SentenceRelation.CONTRADICTING, r.kind(), r.toString());
    }

    @Test
    void twoSentencesAboutOtherThingsAreUnrelated() {
        Relation r = relate("The orchestra will tour four cities in the spring.",
                "Fishing quotas for cod were cut by the ministry on Friday.");
        assertEquals(SentenceRelation.UNRELATED, r.kind(), r.toString());
    }
}
