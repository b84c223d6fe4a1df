package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.decode.MediaKind;
import org.dossier.extract.Draft;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.RawPage;
import org.dossier.model.Timestamp;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void linkListOfTitlesAndDatesIsNotBody() {
        String body = body(expect("header-and-link-list.txt"));
        assertTrue(body.startsWith("The harbour authority of Port Meridian approved"), body);
        assertTrue(body.endsWith("more visitors in the summer season."), body);
        for (String furniture : List.of("Read also", "Council debates budget", "12 March 2023", "Latest news",
                "Fishing fleet returns", "Subscribe", "All news", "Home")) {
            assertFalse(body.contains(furniture), furniture + " left in " + body);
        }
    }

    @Test
    void headerGivesTitleStandfirstRubricDatelineBylineAndOutlet() {
        ArticleMetadata m = expect("header-and-link-list.txt").metadata();
        assertEquals(Optional.of("Harbour authority approves new ferry line to the northern islands"), m.title());
        assertEquals(Optional.of("Vote ends two years of delays"), m.subtitle());
        assertEquals(Optional.of("TRANSPORT"), m.section());
        assertEquals(List.of("Elena Varga"), m.authors());
        assertEquals(Optional.of(Timestamp.parse("2023-03-14T09:45")), m.published());
        assertEquals(Optional.of("Northwind.Ex"), m.outlet());
    }

    @Test
    void paragraphsStayOnePerSourceLine() {
        assertEquals(4, expect("header-and-link-list.txt").paragraphs().size());
    }

    @Test
    void snippetsOfOtherStoriesAfterTheArticleAreDropped() {
        Draft d = expect("snippets-after-article.txt");
        String body = body(d);
        assertTrue(body.startsWith("Warmer springs are pushing"), body);
        assertTrue(body.endsWith("tolerate warmer summers."), body);
        assertEquals(4, d.paragraphs().size());
        assertEquals(Optional.of("Why the valley orchards are moving uphill"), d.metadata().title());
    }

    @Test
    void anUnrelatedStoryPartedOnlyByALabelIsDropped() {
        Draft d = expect("other-story-after-a-label.txt");
        String body = body(d);
        assertTrue(body.endsWith("could cost twice the estimate."), body);
        assertEquals(4, d.paragraphs().size());
        ArticleMetadata m = d.metadata();
        assertEquals(Optional.of("Parliament backs plan to expand the northern rail line"), m.title());
        assertEquals(Optional.of("Lawmakers approve funding after months of debate"), m.subtitle());
        assertEquals(Optional.of("POLITICS"), m.section());
        assertEquals(List.of("Daniel Moreno", "Aisha Karimova"), m.authors());
        assertEquals(Optional.of(Timestamp.parse("2024-04-19T12:32")), m.published());
        assertEquals(Optional.of("Northline Herald"), m.outlet());
    }

    @Test
    void datesOutsideTheHeaderAreNotThePublicationDate() {
        ArticleMetadata m = expect("snippets-after-article.txt").metadata();
        assertEquals(Optional.empty(), m.published());
        assertEquals(List.of(), m.authors());
        assertEquals(Optional.empty(), m.subtitle());
        assertEquals(Optional.empty(), m.outlet());
    }

    @Test
    void theDatesOfALinkListAboveTheArticleAreNotItsDate() {
        Draft d = expect("list-before-article.txt");
        assertEquals(Optional.empty(), d.metadata().published());
        assertEquals(Optional.empty(), d.metadata().title());
        assertTrue(body(d).startsWith("The harbour authority of Port Meridian"), body(d));
    }

    @Test
    void repeatedHeadlineAndBylineEndTheHeader() {
        Draft d = expect("repeated-headline.txt");
        String body = body(d);
        assertTrue(body.startsWith("The town council of Saltmere voted"), body);
        assertFalse(body.contains("Updated On"), body);
        assertFalse(body.contains("Coastal town votes"), body);
        assertEquals(List.of("Marta Okonkwo"), d.metadata().authors());
    }

    @Test
    void subHeadingsAndKeyPointsOfTheArticleStay() {
        String body = body(expect("repeated-headline.txt"));
        assertTrue(body.contains("What happens next"), body);
        assertTrue(body.contains("Key Takeaways"), body);
        assertTrue(body.endsWith("The lighthouse could reopen to visitors next summer."), body);
    }

    @Test
    void keyPointsWithoutFullStopsAfterTheBodyStay() {
        String text = read("snippets-after-article.txt").lines().limit(5).reduce("", (a, b) -> a + b + "\n")
                + "Key points\n"
                + "  • Warmer springs push apple growers in the valley to plant orchards uphill\n"
                + "  • Upper slopes give steadier harvests but slower, more expensive picking\n"
                + "  • Researchers test apple varieties that flower later in spring\n"
                + "  • Home\n";
        String body = body(extractor.extract(page(text)).orElseThrow());
        assertTrue(body.contains("Key points"), body);
        assertTrue(body.contains("flower later in spring"), body);
        assertFalse(body.contains("Home"), body);
    }

    @Test
    void aBulletedListBetweenParagraphsStays() {
        String text = """
                Council publishes the winter road plan for the valley towns
                The council published its winter road plan on Monday, listing the roads that will be cleared first when snow falls in the valley towns.
                The plan gives priority to the routes that buses and ambulances use:
                  • the main road from the station to the hospital
                  • the bridge road across the river to the school
                  • the hill road up to the northern villages
                Other roads will be cleared within a day of the snow stopping, the council said, and residents can report icy pavements online.
                  • Home
                  • Contact
                """;
        String body = body(extractor.extract(page(text)).orElseThrow());
        assertTrue(body.contains("the bridge road across the river"), body);
        assertFalse(body.contains("Contact"), body);
    }

    @Test
    void aListTheArticleAnnouncesWithAColonStays() {
        String text = """
                Choir announces its first summer tour in ten years
                The city choir will tour the coastal towns this summer for the first time in ten years, its director said on Tuesday, with concerts in churches and town halls.
                Tickets go on sale next week. The dates:
                June 9 - Saltmere, Old Church
                June 12 - Port Meridian, Harbour Hall
                June 15 - Eldham, Town Hall
                Share this
                  • Home
                """;
        String body = body(extractor.extract(page(text)).orElseThrow());
        assertTrue(body.endsWith("June 15 - Eldham, Town Hall"), body);
    }

    @Test
    void commentSectionEndsTheArticle() {
        Draft d = expect("comments.txt");
        String body = body(d);
        assertTrue(body.endsWith("held the water for less than a day."), body);
        assertEquals(List.of("Jonah Pereira"), d.metadata().authors());
        assertEquals(Optional.of(Timestamp.parse("2021-08-03")), d.metadata().published());
    }

    @Test
    void aPageWithoutProseHasNoArticle() {
        assertEquals(Optional.empty(), extractor.extract(page(read("menu-only.txt"))));
    }

    @Test
    void wrappedParagraphsAreJoinedBack() {
        Draft d = expect("hard-wrapped.txt");
        assertEquals(3, d.paragraphs().size(), d.paragraphs().toString());
        assertTrue(d.paragraphs().get(0).text().startsWith("The river ferry between"));
        assertTrue(d.paragraphs().get(0).text().endsWith("for cyclists and walkers."));
        assertEquals(Optional.of("River ferry returns after summer repairs"), d.metadata().title());
    }

    @Test
    void emptyAndBlankTextsHaveNoArticle() {
        assertEquals(Optional.empty(), extractor.extract(page("")));
        assertEquals(Optional.empty(), extractor.extract(page(" \n\n\t\n")));
    }

    @Test
    void aHugeSingleLineIsReadInBoundedPieces() {
        String sentence = "The committee met again on Thursday to discuss the plan for the river banks. ";
        String text = sentence.repeat(Lines.MAX_LINE * 3 / sentence.length());
        Draft d = extractor.extract(page(text)).orElseThrow();
        assertTrue(d.paragraphs().size() >= 3, "paragraphs: " + d.paragraphs().size());
    }

    @Test
    void theMastheadAboveTheMenuIsTheOutletAndNeverTheHeadline() {
        Draft d = expect("masthead.txt");
        ArticleMetadata m = d.metadata();
        assertEquals(Optional.of("The Halvern Examiner"), m.outlet(), "spelt as the page's footer spells it");
        assertEquals(Optional.of("Halvern library reopens its reading room after the winter floods"), m.title());
        assertEquals(Optional.of("Volunteers dried and rebound two thousand books; the archive of the Halvern Examiner is back on the shelves"),
                m.subtitle());
        assertEquals(List.of("Ruth Calloway"), m.authors());
        assertTrue(body(d).startsWith("The reading room of Halvern's public library reopened"), body(d));
        assertEquals(4, d.paragraphs().size());
    }

    @Test
    void aSkipLinkOrAMenuButtonAtTheTopIsNoMasthead() {
        ArticleMetadata m = expect("masthead-lookalikes.txt").metadata();
        assertEquals(Optional.empty(), m.outlet());
        assertEquals(Optional.of("Council Votes To Keep The Old Market Hall"), m.title());
    }

    @Test
    void aWireCreditLineClosingTheStoryIsNotBody() {
        String text = read("masthead.txt").replace("\n\nComments (2)",
                "\n\n(Reporting by Ruth Calloway in Halvern, with additional reporting by Ilse Brand in Port Sellen;"
                        + " Editing by Mira Toll and Oskar Vance)\n\nComments (2)");
        Draft d = extractor.extract(page(text)).orElseThrow();
        assertTrue(body(d).endsWith("have been tested in the spring."), body(d));
        assertEquals(4, d.paragraphs().size());
    }

    /** Three paragraphs about the ferry plan that do not repeat the words of the headline above them. */
    private static final String FERRY_BODY = """
            Businesses along the quay said on Monday that the new timetable would bring them more customers in the winter months.
            The harbour board agreed last week to run the boat to the islands every two hours, twice as often as now, from the first of November.
            "We have waited years for this," said one baker, who runs a small shop beside the pier and employs four people all year round.
            """;

    @Test
    void aHeadlineOnTheFirstLineIsTheTitleThoughTheStoryTellsItInOtherWords() {
        Draft d = extractor.extract(page("Cafe owners welcome ferry plan\n\n" + FERRY_BODY)).orElseThrow();
        assertEquals(Optional.of("Cafe owners welcome ferry plan"), d.metadata().title());
        assertTrue(body(d).startsWith("Businesses along the quay"), body(d));
        assertEquals(3, d.paragraphs().size());
    }

    @Test
    void aFirstLineAboveABylineAndADatelineIsTheTitleAndTheBylineItsAuthor() {
        Draft d = extractor.extract(page("Cafe owners welcome ferry plan\nBy Ann Quayle\n14 March 2024\n\n" + FERRY_BODY)).orElseThrow();
        assertEquals(Optional.of("Cafe owners welcome ferry plan"), d.metadata().title());
        assertEquals(List.of("Ann Quayle"), d.metadata().authors());
        assertEquals(Optional.of(Timestamp.parse("2024-03-14")), d.metadata().published());
        assertTrue(body(d).startsWith("Businesses along the quay"), body(d));
    }

    @Test
    void aShortFirstSentenceThatIsNoHeadlineStaysTheFirstParagraph() {
        Draft d = extractor.extract(page("The ferry will run every two hours.\n" + FERRY_BODY)).orElseThrow();
        assertEquals(Optional.empty(), d.metadata().title());
        assertEquals("The ferry will run every two hours.", d.paragraphs().getFirst().text());
        assertEquals(4, d.paragraphs().size());
    }

    @Test
    void aBylineOnTheFirstLineIsTheAuthorNeitherTitleNorParagraph() {
        Draft d = extractor.extract(page("By Ann Quayle\n\n" + FERRY_BODY)).orElseThrow();
        assertEquals(Optional.empty(), d.metadata().title());
        assertEquals(List.of("Ann Quayle"), d.metadata().authors());
        assertTrue(body(d).startsWith("Businesses along the quay"), body(d));
    }

    @Test
    void aSectionLabelOnTheFirstLineIsNeitherTitleNorParagraph() {
        Draft d = extractor.extract(page("TRANSPORT\n\n" + FERRY_BODY)).orElseThrow();
        assertEquals(Optional.empty(), d.metadata().title());
        assertTrue(body(d).startsWith("Businesses along the quay"), body(d));
    }

    private Draft expect(String fixture) {
        return extractor.extract(page(read(fixture))).orElseThrow(() -> new AssertionError("no article in " + fixture));
    }

    private static String body(Draft d) {
        return String.join("\n\n", d.paragraphs().stream().map(Paragraph::text).toList());
    }

    static DecodedPage page(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        RawPage raw = new RawPage("test.txt", bytes, Optional.empty(), Optional.empty(), Optional.empty());
        return new DecodedPage(raw, text, StandardCharsets.UTF_8, MediaKind.TEXT, List.of());
    }

    static String read(String fixture) {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/extract/text/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
