package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.nlp.TextTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each construction the quote stage handles, on sentences written for the purpose (tagged with the real POS model). */
class AttributionIT {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static TextTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new TextTagger();
    }

    private static List<Quote> quotes(String body) {
        return EXTRACTOR.extract(tagger.tag(body), List.of());
    }

    /** The quote whose text contains {@code words}. */
    private static Quote quote(String body, String words) {
        List<Quote> quotes = quotes(body);
        return quotes.stream().filter(q -> q.text(body).contains(words)).findFirst()
                .orElseGet(() -> fail("no quote with '" + words + "' among " + quotes.stream().map(q -> q.text(body)).toList()));
    }

    private static void assertQuote(String body, String words, QuoteKind kind, String speaker) {
        Quote q = quote(body, words);
        assertEquals(kind, q.kind(), () -> "kind of '" + q.text(body) + "'");
        assertEquals(Optional.of(speaker), q.speaker().map(s -> s.name()), () -> "speaker of '" + q.text(body) + "'");
    }

    @Test
    void quoteBeforeItsSpeakerAndCueIsDirect() {
        String body = "\"Yes, this is indeed true,\" Kremlin spokesperson Dmitry Peskov said.";
        Quote q = quote(body, "indeed true");
        assertEquals("Yes, this is indeed true,", q.text(body));
        assertEquals("said", q.cue().orElseThrow().of(body));
        assertEquals("Dmitry Peskov", q.speaker().orElseThrow().name());
    }

    @Test
    void invertedCueAfterTheQuoteNamesTheSpeaker() {
        assertQuote("\"The process has started,\" said Jane Doe, a government adviser.", "process has started",
                QuoteKind.DIRECT, "Jane Doe");
    }

    @Test
    void cueBeforeTheQuoteWithAColon() {
        assertQuote("Jane Doe told reporters: \"We will not give up.\"", "will not give up", QuoteKind.DIRECT, "Jane Doe");
    }

    @Test
    void quoteInterruptedByItsAttributionIsOneQuoteInTwoParts() {
        String body = "Jane Doe arrived late.\n\n\"We won,\" she said. \"We won again, and we will win next year.\"";
        Quote q = quote(body, "We won,");
        assertEquals(2, q.parts().size());
        assertEquals("We won, We won again, and we will win next year.", q.text(body));
        assertEquals("Jane Doe", q.speaker().orElseThrow().name());
    }

    @Test
    void guillemetsAndCurlyMarksAreQuotes() {
        assertQuote("\u00ABWe will stay in the region,\u00BB said John Smith.", "stay in the region", QuoteKind.DIRECT, "John Smith");
        assertQuote("\u201CWe will stay in the region,\u201D John Smith said.", "stay in the region", QuoteKind.DIRECT, "John Smith");
    }

    @Test
    void nestedQuoteStaysInsideItsQuote() {
        String body = "\u201CThe \"old\" West is waning while a \"new\" West emerges,\u201D Alexei Nezhivoy noted.";
        Quote q = quote(body, "West is waning");
        assertEquals("The \"old\" West is waning while a \"new\" West emerges,", q.text(body));
        assertEquals("Alexei Nezhivoy", q.speaker().orElseThrow().name());
    }

    @Test
    void quoteOverTwoParagraphsWithoutSecondOpeningMarkKeepsItsSpeaker() {
        String body = "\"Last September, the situation changed dramatically.\n\n"
                + "The peacekeepers could have left earlier,\" Sergey Markov said.";
        Quote q = quote(body, "Last September");
        assertTrue(q.text(body).endsWith("could have left earlier,"));
        assertEquals("Sergey Markov", q.speaker().orElseThrow().name());
    }

    @Test
    void quoteMissingItsClosingMarkEndsBeforeItsTrailingAttribution() {
        String body = "Armenian blogger Ishkhan Verdyan believes that the war is over.\n\n"
                + "\"If we look at it from the point of view of geopolitics, the result is clear.\n\n"
                + "What is this if not the result of brilliant work? summarized I. Verdyan.";
        Quote q = quote(body, "If we look at it");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(q.text(body).endsWith("brilliant work?"), q.text(body));
        assertEquals("Ishkhan Verdyan", q.speaker().orElseThrow().name());
    }

    @Test
    void initialAndSurnameResolveToTheFullName() {
        String body = "According to Turkish expert Kerim Has, the balance of power is changing.\n\n"
                + "\"I think we will witness an active build-up of cooperation,\" K. Has stressed.";
        assertQuote(body, "active build-up", QuoteKind.DIRECT, "Kerim Has");
        assertQuote(body, "balance of power", QuoteKind.INDIRECT, "Kerim Has");
    }

    @Test
    void surnameResolvesToTheFullName() {
        String body = "Presidential aide Hikmat Hajiyev spoke on Monday.\n\n\"The process has already started,\" Hajiyev said.";
        assertQuote(body, "already started", QuoteKind.DIRECT, "Hikmat Hajiyev");
    }

    @Test
    void pronounResolvesToTheLastSpeaker() {
        String body = "\"Relations are at a high level,\" Azer Garayev said. He added that the war had changed the region.";
        assertQuote(body, "the war had changed", QuoteKind.INDIRECT, "Azer Garayev");
    }

    @Test
    void pronounSkipsTheLastSpeakerOfTheOtherGender() {
        String body = "Mary Jones said her plan would fail. John Smith said his plan would work. "
                + "She added that the vote was rigged.";
        assertQuote(body, "vote was rigged", QuoteKind.INDIRECT, "Mary Jones");
    }

    @Test
    void roleResolvesToThePersonItIntroduced() {
        String body = "Kremlin spokesperson Dmitry Peskov confirmed the plan on Monday. "
                + "The spokesperson said the talks would go on next week.";
        assertQuote(body, "talks would go on", QuoteKind.INDIRECT, "Dmitry Peskov");
    }

    @Test
    void organisationsAndCountriesSpeak() {
        assertQuote("The Foreign Ministry said the talks would resume in May.", "talks would resume", QuoteKind.INDIRECT,
                "Foreign Ministry");
        assertQuote("Russia says the troops will leave by June.", "troops will leave", QuoteKind.INDIRECT, "Russia");
    }

    @Test
    void reportedSpeechAfterSaidThat() {
        String body = "Jane Doe said that the plan was dead.";
        Quote q = quote(body, "plan was dead");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("that the plan was dead", q.text(body));
        assertEquals("Jane Doe", q.speaker().orElseThrow().name());
    }

    @Test
    void reportedSpeechBeforeItsCue() {
        assertQuote("The plan was dead, Jane Doe said on Tuesday.", "The plan was dead", QuoteKind.INDIRECT, "Jane Doe");
    }

    @Test
    void attributionInsideTheStatementLeavesBothSides() {
        String body = "To understand the region, Jane Doe said, one should visit its villages.";
        Quote q = quote(body, "visit its villages");
        assertEquals(2, q.parts().size());
        assertEquals("To understand the region one should visit its villages", q.text(body));
        assertEquals("Jane Doe", q.speaker().orElseThrow().name());
    }

    @Test
    void accordingToAndInTheOpinionOf() {
        assertQuote("According to Russian politician Sergey Markov, the peacekeepers left because the grounds disappeared.",
                "the peacekeepers left", QuoteKind.INDIRECT, "Sergey Markov");
        assertQuote("In the opinion of Alexei Nezhivoy, another political scientist, the withdrawal recorded a fact.",
                "the withdrawal recorded", QuoteKind.INDIRECT, "Alexei Nezhivoy");
    }

    @Test
    void positsContendsBelieves() {
        assertQuote("Analyst Shujayat Ahmadzade posits that the policy underwent shifts.", "policy underwent", QuoteKind.INDIRECT,
                "Shujayat Ahmadzade");
        assertQuote("Professor Jane Doe contends that the mission was over.", "mission was over", QuoteKind.INDIRECT, "Jane Doe");
        assertQuote("Ilham Ismail believes that the presence is unwelcome.", "presence is unwelcome", QuoteKind.INDIRECT,
                "Ilham Ismail");
    }

    @Test
    void echoesEmphasizingAttributesTheParticipleToTheSubject() {
        assertQuote("Former Foreign Minister Elmar Mammadyarov echoes these sentiments, emphasizing the lack of a compelling "
                + "rationale for the presence.", "lack of a compelling rationale", QuoteKind.INDIRECT, "Elmar Mammadyarov");
    }

    @Test
    void possessorOfAStanceNounHoldsTheView() {
        assertQuote("Jane Doe's criticism of the new pipeline deal surprised nobody.", "the new pipeline deal",
                QuoteKind.INDIRECT, "Jane Doe");
    }

    @Test
    void speakerLabelBeforeAColonAttributesTheParagraph() {
        assertQuote("PENCE: Well, look, this is an episode of a reality show.", "an episode of a reality show",
                QuoteKind.INDIRECT, "PENCE");
    }

    @Test
    void partialQuoteInsideReportedSpeechKeepsTheSpeaker() {
        String body = "The ministry criticised the drills as an attempt to 'drag the region into confrontation'.";
        Quote q = quote(body, "drag the region into confrontation");
        assertEquals("ministry", q.speaker().orElseThrow().name());
    }

    @Test
    void offsetsPointIntoTheBody() {
        String body = "Intro paragraph.\n\n\"We won,\" said John Smith.";
        Quote q = quote(body, "We won");
        assertEquals(new Span(body.indexOf("We won"), body.indexOf("We won") + "We won,".length()), q.content());
        assertEquals("John Smith", q.speaker().orElseThrow().mention().of(body));
    }

    @Test
    void fiftyThousandCharacterSentenceWithUnbalancedMarksEndsInBoundedTime() {
        String body = ("word \"said 'he \u201Cand\u00AB ").repeat(3_000).substring(0, 50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> quotes(body));
    }

    @Test
    void emptyAndMarklessTextsGiveNoQuotes() {
        assertEquals(List.of(), quotes(" "));
        assertEquals(List.of(), quotes("The sun rose over the hills."));
    }

    @Test
    void aParticipleAfterAStatementStartsAStatementOfItsOwnBySameSpeaker() {
        String body = "Jane Roe released a statement on the harbour deal last week, insisting that the port must stay public.";
        Quote q = quote(body, "port must stay public");
        assertEquals("that the port must stay public", q.text(body));
        assertEquals(Optional.of("Jane Roe"), q.speaker().map(s -> s.name()));
        Quote first = quote(body, "a statement");
        assertTrue(!first.text(body).contains("insisting"), () -> "the first statement runs on: " + first.text(body));
    }

    @Test
    void aParticipleOpeningTheSentenceBelongsToTheMainSubject() {
        String body = "Noting that turnout fell in every district, Omar Lindqvist said the count would be checked.";
        assertQuote(body, "turnout fell in every district", QuoteKind.INDIRECT, "Omar Lindqvist");
    }

    @Test
    void sharesOfThosePolledAndDocumentsSpeak() {
        String body = "Only 24 percent said the mayor did nothing wrong. The statement added that the audit was complete.";
        Quote poll = quote(body, "did nothing wrong");
        assertEquals("24 percent", poll.speaker().orElseThrow().mention().of(body));
        Quote doc = quote(body, "audit was complete");
        assertEquals("The statement", doc.speaker().orElseThrow().mention().of(body));
    }

    @Test
    void namesThatAreAlsoCommonWordsAreSpeakers() {
        assertQuote("The harbour board met on Friday. Tad Brennick said the vote was fair.", "the vote was fair",
                QuoteKind.INDIRECT, "Tad Brennick");
        Quote q = quote("Critics were loud. The Times said the council had erred.", "council had erred");
        assertTrue(q.speaker().isPresent(), "a source for 'The Times said'");
    }

    @Test
    void aPluralPossessiveApostropheIsNoClosingQuote() {
        String body = "The race is close. Lindqvists\u2019 aides say their campaign has no desire to engage.";
        Quote q = quote(body, "no desire to engage");
        assertEquals("their campaign has no desire to engage", q.text(body));
        assertTrue(q.speaker().orElseThrow().mention().of(body).endsWith("aides"));
    }
}
