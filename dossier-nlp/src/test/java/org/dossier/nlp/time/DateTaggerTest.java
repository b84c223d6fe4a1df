package org.dossier.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;
import org.junit.jupiter.api.Test;

class DateTaggerTest {
    /** A Friday. */
    private static final Anchor FRIDAY_19_APRIL_2024 = Anchor.ofDay(LocalDate.of(2024, 4, 19));

    private static Map<String, String> tag(String text, Anchor anchor) {
        Article a = Article.of("0123456789abcdef", "test", ArticleMetadata.EMPTY, List.of(new Paragraph(text)), List.of());
        Segmentation seg = new Segmenter(150, 10_000).segment(a);
        List<DateMention> found = new DateTagger().tag(a.body(), seg, anchor);
        for (DateMention d : found) {
            assertEquals(d.text(), d.span().of(a.body()));
        }
        return found.stream().collect(Collectors.toMap(DateMention::text, d -> d.value().iso(), (x, y) -> x));
    }

    @Test
    void absoluteDatesKeepThePrecisionOfTheText() {
        Map<String, String> d = tag("The deal was signed on November 10, 2020, ratified on 3 March 2021 and "
                + "amended in September 2023; the report is dated 2022-05-01.", Anchor.NONE);
        assertEquals("2020-11-10", d.get("November 10, 2020"));
        assertEquals("2021-03-03", d.get("3 March 2021"));
        assertEquals("2023-09", d.get("September 2023"));
        assertEquals("2022-05-01", d.get("2022-05-01"));
    }

    @Test
    void lastSeptemberIsTheSeptemberBeforeThePublicationMonth() {
        assertEquals("2023-09", tag("Last September, the situation changed.", FRIDAY_19_APRIL_2024).get("Last September"));
        assertEquals("2024-09", tag("They return next September.", FRIDAY_19_APRIL_2024).get("next September"));
    }

    @Test
    void aWeekdayInPastTenseIsTheLastSuchDayUpToPublication() {
        assertEquals("2024-04-17", tag("The spokesman confirmed it on Wednesday.", FRIDAY_19_APRIL_2024).get("on Wednesday"));
        assertEquals("2024-04-19", tag("The minister spoke on Friday.", FRIDAY_19_APRIL_2024).get("on Friday"));
        assertEquals("2024-04-22", tag("The minister will speak on Monday.", FRIDAY_19_APRIL_2024).get("on Monday"));
        assertEquals("2024-04-22", tag("On Monday, the minister will speak.", FRIDAY_19_APRIL_2024).get("On Monday"));
    }

    @Test
    void partsOfDaySeasonsAndHopesAreUnderstood() {
        Map<String, String> d = tag("Crews began on Tuesday morning and hope to finish on Sunday; we wrote last autumn.",
                FRIDAY_19_APRIL_2024);
        assertEquals("2024-04-16", d.get("on Tuesday morning"));
        assertEquals("2024-04-21", d.get("on Sunday"));
        assertEquals("2023", d.get("last autumn"));
        assertEquals("2024-04-18", tag("They left last night.", FRIDAY_19_APRIL_2024).get("last night"));
    }

    @Test
    void nextYearAndTheEndOfNextYearAreTheFollowingYear() {
        Map<String, String> d = tag("The mandate extended until the end of next year, and next year the talks resume.",
                FRIDAY_19_APRIL_2024);
        assertEquals("2025", d.get("the end of next year"));
        assertEquals("2025", d.get("next year"));
    }

    @Test
    void yesterdayAndAgoCountBackFromThePublicationDay() {
        Map<String, String> d = tag("Yesterday the troops left, two years ago they arrived.", FRIDAY_19_APRIL_2024);
        assertEquals("2024-04-18", d.get("Yesterday"));
        assertEquals("2022", d.get("two years ago"));
    }

    @Test
    void relativeExpressionsAreLeftOutWithoutAPublicationDate() {
        Map<String, String> d = tag("Last September and on Wednesday and next year, but also in 2025.", Anchor.NONE);
        assertEquals(Map.of("2025", "2025"), d);
    }

    @Test
    void yearOnlyAnchorResolvesYearsButNotDays() {
        Anchor year = Anchor.of(Optional.of(Timestamp.parse("2024")));
        Map<String, String> d = tag("Next year, not on Wednesday.", year);
        assertEquals(Map.of("Next year", "2025"), d);
    }

    @Test
    void bareYearsNeedAWordThatIntroducesThem() {
        Map<String, String> d = tag("In 2025 the 2020 war ended; 2,025 soldiers stayed, 2025 tanks left, until 2026.",
                Anchor.NONE);
        assertEquals("2025", d.get("2025"));
        assertEquals("2020", d.get("2020"));
        assertEquals("2026", d.get("2026"));
        assertEquals(3, d.size(), d.toString());
    }

    @Test
    void theModalMayIsNoMonth() {
        assertTrue(tag("They may 5 times refuse, as in may.", FRIDAY_19_APRIL_2024).isEmpty());
    }
}
