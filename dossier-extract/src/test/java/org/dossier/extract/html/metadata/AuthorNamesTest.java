package org.dossier.extract.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNamesTest {

    @Test
    void aBylineWithSeveralPeopleGivesEachOnce() {
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Lee"),
                AuthorNames.fromByline("By Jane Doe, John Roe and Ann Lee and Jane Doe", Optional.empty()));
    }

    @Test
    void theDateAfterTheNameIsNotPartOfIt() {
        assertEquals(List.of("Malcolm Owen"), AuthorNames.fromByline("Malcolm Owen Monday, November 18, 2019", Optional.empty()));
        assertEquals(List.of("Jane Doe"), AuthorNames.fromByline("By Jane Doe, updated 3 hours ago", Optional.empty()));
    }

    @Test
    void creditsAndAgenciesAroundTheNameAreDropped() {
        assertEquals(List.of("Chris Cillizza"), AuthorNames.fromByline("Analysis by Chris Cillizza", Optional.empty()));
        assertEquals(List.of("Ilana Muhlstein"), AuthorNames.fromByline("Ilana Muhlstein, MS, RDN", Optional.empty()));
        assertEquals(List.of("Jeff Foust"), AuthorNames.fromByline("Jeff Foust —", Optional.empty()));
        assertEquals(List.of("Sandee LaMotte"), AuthorNames.fromByline("Sandee LaMotte, CNN", Optional.empty()));
        assertEquals(List.of("Jill Disis"), AuthorNames.fromByline("Jill Disis, CNN Business", Optional.empty()));
    }

    @Test
    void aMiddleDotEndsTheNameBeforeTheDateOrTheRole() {
        assertEquals(List.of("Oskar Lind"), AuthorNames.fromByline("By Oskar Lind · 27 February 2026", Optional.empty()));
        assertEquals(List.of("Oskar Lind"), AuthorNames.fromByline("Oskar Lind • 5 min read", Optional.empty()));
    }

    @Test
    void aMiddleInitialSurvives() {
        assertEquals(List.of("Robert E. Lee"), AuthorNames.fromByline("by Robert E. Lee", Optional.empty()));
    }

    @Test
    void aBylineInCapitalsGetsTheUsualCase() {
        assertEquals(List.of("Martha Klein"), AuthorNames.fromByline("MARTHA KLEIN", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 Minute Read", "Email the author", "Staff", "Associated Press", "Reuters", "News Desk",
        "Daily Planet Staff", "https://www.facebook.com/someone", "@janedoe", "Updated 2 hours ago",
        "The Coastal Courier"})
    void creditsThatAreNotPeopleAreRefused(String byline) {
        assertEquals(List.of(), AuthorNames.fromByline(byline, Optional.of("The Coastal Courier")));
    }
}
