package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineScorerTest {

    @Test
    void headlinesAlternatingWithDatesFormAList() {
        List<Line> lines = Lines.split("""
                A paragraph of the article that is long enough to read as running prose, as articles are.
                Read also
                First headline of another story
                12 March 2023 - 16:20
                Second headline of another story with a kicker
                11 March 2023 - 08:05
                Third headline
                10 March 2023 - 18:40
                """);
        Kind[] kinds = LineScorer.kinds(lines);
        assertEquals(Kind.PROSE, kinds[0]);
        assertArrayEquals(new Kind[] {Kind.LIST, Kind.DATE, Kind.LIST, Kind.DATE, Kind.LIST, Kind.DATE},
                java.util.Arrays.copyOfRange(kinds, 2, 8));
    }

    @Test
    void aListThatGivesTheDateFirstEndsWithItsLastHeadline() {
        List<Line> lines = Lines.split("""
                12 March 2023
                First headline of another story
                11 March 2023
                Second headline of another story
                10 March 2023
                Third headline of another story
                """);
        Kind[] kinds = LineScorer.kinds(lines);
        assertEquals(Kind.LIST, kinds[5]);
    }

    @Test
    void aDatedParagraphOfALiveBlogIsNotAListEntry() {
        List<Line> lines = Lines.split("""
                12:05, 12 March 2023
                The minister arrived at the harbour shortly after noon and was greeted by a small crowd of fishermen who had waited since morning.
                12:20, 12 March 2023
                She spoke for ten minutes about the new quotas and promised that the government would listen to the fleet before deciding anything.
                12:45, 12 March 2023
                """);
        Kind[] kinds = LineScorer.kinds(lines);
        assertEquals(Kind.PROSE, kinds[1]);
        assertEquals(Kind.PROSE, kinds[3]);
    }

    @Test
    void shortBulletsAreMenuItemsAndSentenceBulletsAreKeyPoints() {
        assertEquals(Kind.ITEM, LineScorer.kindAlone(Line.of(0, "  • Politics", false)));
        assertEquals(Kind.POINT, LineScorer.kindAlone(Line.of(0, "  • The lighthouse could reopen to visitors next summer.", false)));
        assertEquals(Kind.ITEM, LineScorer.kindAlone(Line.of(0, "1. Define early retirement", false)));
    }

    @Test
    void furnitureLabelsAreNotShortText() {
        assertEquals(Kind.CHROME, LineScorer.kindAlone(Line.of(0, "Subscribe to our Telegram channel", false)));
        assertEquals(Kind.CHROME, LineScorer.kindAlone(Line.of(0, "[INS::INS]", false)));
        assertEquals(Kind.SHORT, LineScorer.kindAlone(Line.of(0, "What happens next", false)));
    }

    @Test
    void runsOfShortLinesCostMoreTheLongerTheyGet() {
        List<Line> lines = Lines.split("Home\nNews\nSport\nWeather\n");
        double[] s = LineScorer.scores(lines, LineScorer.kinds(lines));
        assertEquals(s[0], s[1]);
        assertEquals(true, s[2] < s[1] && s[3] == s[2]);
    }

    @Test
    void aPhotoCaptionWithItsCreditIsFurniture() {
        assertEquals(Kind.CHROME, LineScorer.kindAlone(Line.of(0,
                "The mayor speaks to residents at the harbour on Monday, March 13, 2023. (AP Photo/Jane Doe)", false)));
        assertEquals(Kind.CHROME, LineScorer.kindAlone(Line.of(0,
                "Fishing boats wait in the harbour of Saltmere for the storm to pass. Photo: Getty Images", false)));
    }

    @Test
    void aTeaserCardGluedToItsSummaryIsFurniture() {
        assertEquals(Kind.CHROME, LineScorer.kindAlone(Line.of(0,
                "Storm Closes Coastal Road For Second TimeDrivers were told to avoid the area until the evening.", false)));
        assertEquals(Kind.PROSE, LineScorer.kindAlone(Line.of(0,
                "HARBOUR CITY (NorthwindNews) - The storm closed the coastal road for the second time this winter.", false)));
    }

    @Test
    void aHeadlineRunIntoTheDatelineOfItsSummaryIsATeaser() {
        assertEquals(Kind.ITEM, LineScorer.kindAlone(Line.of(0,
                "• Ferry line to the islands wins approval PORT MERIDIAN: The harbour authority approved on Tuesday a new line.", false)));
        assertEquals(Kind.PROSE, LineScorer.kindAlone(Line.of(0,
                "PORT MERIDIAN: The harbour authority approved on Tuesday a new ferry line to the islands.", false)));
        assertEquals(Kind.PROSE, LineScorer.kindAlone(Line.of(0,
                "Seven questions the council will answer at tonight's meeting, to be shown on NORTHWIND:", false)));
    }

    @Test
    void ofAParagraphShownTwiceTheFullerCopyStays() {
        List<Line> lines = Lines.split("""
                The harbour council approved the new ferry line to the northern islands on Tuesday after two years of delays.
                Menu
                The harbour council approved the new ferry line to the northern islands on Tuesday after two years of delays, and the first ferry will sail in June from the new pier.
                """);
        Kind[] kinds = LineScorer.kinds(lines);
        assertEquals(Kind.CHROME, kinds[0]);
        assertEquals(Kind.PROSE, kinds[2]);
    }
}
