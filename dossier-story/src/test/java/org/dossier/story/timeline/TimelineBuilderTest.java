package org.dossier.story.timeline;

import static org.dossier.story.timeline.Articles.article;
import static org.dossier.story.timeline.Articles.dated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    static final String WIRE = "1000000000000001";
    static final String TIMES = "1000000000000002";
    static final String BLOG = "1000000000000003";

    /** The wire: a dateline, the fire on Sunday, firefighting on Monday, an inspection in July. */
    static AnalysedArticle wire() {
        AnalysedArticle a = article(WIRE, "North Wire", "2025-06-02T08:00+01:00",
                "HARBOURTON, June 2 (NW) – The ferry Maren Blue caught fire in Harbourton port on Sunday, and all 80 "
                        + "passengers were taken ashore by lifeboats, the port authority said.",
                "Firefighters put out the blaze on the Maren Blue on Monday after six hours, officials said.",
                "The operator said the ship would be inspected by the maritime safety board in July.");
        a = dated(a, "June 2", "2025-06-02");
        a = dated(a, "on Sunday", "2025-06-01");
        a = dated(a, "on Monday", "2025-06-02");
        return dated(a, "in July", "2025-07");
    }

    /** A rewrite of the fire, a council meeting on the same Sunday, the ferry's refit in 2019. */
    static AnalysedArticle times() {
        AnalysedArticle a = article(TIMES, "Coast Times", "2025-06-03T09:00+01:00",
                "All 80 passengers of the ferry Maren Blue were taken ashore by lifeboats after it caught fire in "
                        + "Harbourton port on Sunday.",
                "A council meeting on Sunday discussed the new bus timetable for the town centre and its car parks.",
                "The ferry had been refitted at a shipyard in the north in 2019.");
        a = dated(a, "on Sunday.", "2025-06-01");
        a = dated(a, "council meeting", "on Sunday", "2025-06-01");
        return dated(a, "in 2019", "2019");
    }

    /** An undated blog whose "on Monday" the dossier settles. */
    static AnalysedArticle blog() {
        return article(BLOG, null, null,
                "Firefighters on the Maren Blue put out the blaze on Monday, after six hours of work, a harbour officer wrote.");
    }

    static List<TimelineEntry> timeline() {
        AnalysedArticle b = blog();
        Story s = Articles.story("aaaaaaaaaaaaaaaa", wire(), times(), b);
        List<ArticleDate> anchored = List.of(new ArticleDate(BLOG, Articles.mention(b, "on Monday", "2025-06-02")));
        return new TimelineBuilder().build(s, List.of(wire(), times(), b), anchored, List.of());
    }

    private static TimelineEntry entry(List<TimelineEntry> t, String words) {
        return t.stream().filter(e -> e.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry with '" + words + "' in " + t));
    }

    @Test
    void theSameEventInTwoSourcesIsOneEntryCitingBoth() {
        TimelineEntry fire = entry(timeline(), "caught fire");
        assertEquals("2025-06-01", fire.date().iso());
        assertEquals(List.of(WIRE, TIMES), fire.articles());
        assertEquals(1, timeline().stream().filter(e -> e.text().contains("caught fire")).count());
    }

    @Test
    void anotherEventOnTheSameDayStaysApart() {
        TimelineEntry council = entry(timeline(), "council meeting");
        assertEquals("2025-06-01", council.date().iso());
        assertEquals(List.of(TIMES), council.articles());
    }

    @Test
    void anUndatedArticlesDateSettledOnTheDossierDatesItsEvent() {
        TimelineEntry blaze = entry(timeline(), "put out the blaze");
        assertEquals("2025-06-02", blaze.date().iso());
        assertEquals(List.of(WIRE, BLOG), blaze.articles());
    }

    @Test
    void aDatelinesDateIsNoEventAndItsTextIsLeftOut() {
        List<TimelineEntry> t = timeline();
        assertTrue(t.stream().noneMatch(e -> e.text().contains("HARBOURTON")), t.toString());
        assertTrue(t.stream().noneMatch(e -> e.date().iso().equals("2025-06-02") && e.text().contains("caught fire")), t.toString());
    }

    @Test
    void entriesComeInDateOrderWithTheirSourcesClauses() {
        List<TimelineEntry> t = timeline();
        List<String> dates = t.stream().map(e -> e.date().iso()).toList();
        assertEquals(List.of("2019", "2025-06-01", "2025-06-01", "2025-06-02", "2025-07"), dates);
        for (TimelineEntry e : t) {
            e.sources().forEach(s -> assertTrue(s.span().length() > 0));
        }
        assertEquals("The ferry had been refitted at a shipyard in the north in 2019.", t.getFirst().text());
    }

    @Test
    void aLongSentenceIsCutToTheClauseAroundItsDate() {
        AnalysedArticle a = dated(article("1000000000000009", "North Wire", null,
                "The harbour master, who has run the port for eleven years and oversaw the building of the new "
                        + "eastern breakwater, the dredging of the channel and the widening of the quay, resigned on "
                        + "Friday, and the council will choose a successor from three candidates at its meeting in the autumn."),
                "on Friday", "2025-06-06");
        List<TimelineEntry> t = new TimelineBuilder().build(Articles.story("bbbbbbbbbbbbbbbb", a), List.of(a), List.of(), List.of());
        assertEquals(1, t.size());
        String text = t.getFirst().text();
        assertTrue(text.contains("resigned on Friday"), text);
        assertTrue(ContentWords.count(text) <= Clauses.MAX_WORDS, text);
        assertFalse(text.contains("successor from three candidates"), text);
    }

    @Test
    void aYearAMonthAndADayOfItAreCompatibleButOtherMonthsAreNot() {
        assertTrue(DatePrecision.compatible(Articles.Y2025, Articles.JUNE_1));
        assertTrue(DatePrecision.compatible(Articles.JUNE, Articles.JUNE_1));
        assertFalse(DatePrecision.compatible(Articles.ts(java.time.YearMonth.of(2025, 7)), Articles.JUNE_1));
    }
}
