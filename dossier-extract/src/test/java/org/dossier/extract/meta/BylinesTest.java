package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private static final Predicate<String> ORDINARY = Set.of("update", "new", "on", "points", "key")::contains;

    @Test
    void byLinesNameTheirAuthorsInOrder() {
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.parse("By Jane Doe and John Roe", ORDINARY, false));
        assertEquals(List.of("Sarah E. Okafor"), Bylines.parse("By Sarah E. Okafor", ORDINARY, false));
    }

    @Test
    void aBylineInCapitalsStillNamesItsAuthor() {
        assertEquals(List.of("JANE DOE"), Bylines.parse("BY JANE DOE", ORDINARY, false));
    }

    @Test
    void aDatelineAndARoleBesideTheNameAreNotPartOfIt() {
        assertEquals(List.of("Chris Doe"), Bylines.parse("Chris Doe - Nov 19, 2019, 10:31 pm CST", ORDINARY, true));
        assertEquals(List.of("Ana Silva"), Bylines.parse("By Ana Silva | Staff Writer", ORDINARY, false));
        assertEquals(List.of("Jonah Pereira"), Bylines.parse("Posted by Jonah Pereira on August 3, 2021", ORDINARY, false));
    }

    @Test
    void aNameAloneCountsOnlyWhereTheCallerAllowsIt() {
        assertEquals(List.of("Marta Okonkwo"), Bylines.parse("Marta Okonkwo", ORDINARY, true));
        assertEquals(List.of(), Bylines.parse("Marta Okonkwo", ORDINARY, false));
    }

    @Test
    void labelsMadeOfOrdinaryWordsAreNotNames() {
        assertEquals(List.of(), Bylines.parse("New Update", ORDINARY, true));
        assertEquals(List.of(), Bylines.parse("Updated On", ORDINARY, true));
        assertEquals(List.of(), Bylines.parse("NISSAN SENTRA", ORDINARY, true));
    }

    @Test
    void wordsRunTogetherByTheScrapeAreNotAName() {
        assertEquals(List.of(), Bylines.parse("Eric DoeBy Eric Doe", ORDINARY, true));
        assertEquals(List.of("Ian McDonald"), Bylines.parse("Ian McDonald", ORDINARY, true));
    }

    @Test
    void anOutletInCapitalsAfterTheNameIsNotPartOfIt() {
        assertEquals(List.of("Kevin Roe"), Bylines.parse("Kevin Roe NORTHWIND TODAY", ORDINARY, true));
    }

    @Test
    void aLabelWithAWeekdayIsNotAName() {
        assertEquals(List.of(), Bylines.parse("Published Monday", ORDINARY, true));
    }

    @Test
    void aNameShownTwiceIsOneName() {
        assertEquals(List.of("Sean Marsh"), Bylines.parse("Sean Marsh Sean Marsh", ORDINARY, true));
    }
}
