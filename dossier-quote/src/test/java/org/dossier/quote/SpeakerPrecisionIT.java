package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.nlp.TextTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who is not a speaker and what is not a statement, on sentences written for the purpose: a question
 * the writer puts, a request to respond, a nationality, a dateline, a place, a statement listed twice.
 */
class SpeakerPrecisionIT {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static TextTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new TextTagger();
    }

    private static List<Quote> quotes(String body, List<MentionHint> hints) {
        return EXTRACTOR.extract(tagger.tag(body), hints);
    }

    private static List<String> texts(String body, List<MentionHint> hints) {
        return quotes(body, hints).stream().map(q -> q.text(body)).toList();
    }

    private static List<String> speakers(String body, List<MentionHint> hints) {
        return quotes(body, hints).stream().map(q -> q.speaker().map(s -> s.name()).orElse("-")).toList();
    }

    private static MentionHint hint(String body, String words, String type) {
        int at = body.indexOf(words);
        return new MentionHint(new Span(at, at + words.length()), type, words, Optional.empty());
    }

    @Test
    void aQuestionTheWriterPutsIsNoStatementOfThoseItAsksAbout() {
        String body = "What do Danish economists think about the new fuel tax? We put the question to three of them.";
        assertEquals(List.of(), texts(body, List.of()));
    }

    @Test
    void anOutletAskingSomeoneToRespondStatesNothing() {
        String body = "The Valley Gazette asked two local historians to respond to the claim. "
                + "The Gazette put these questions to Finnish and Swedish analysts.";
        assertEquals(List.of(), texts(body, List.of()));
    }

    @Test
    void decliningToCommentIsNoProposition() {
        assertEquals(List.of(), texts("A spokesman for the mining company declined to comment.", List.of()));
    }

    @Test
    void aNationalityInsideTheSpeakersWordsIsNotTheSpeaker() {
        String body = "The Portuguese fishing community believes that the new quotas will ruin the small harbours.";
        assertEquals(List.of("Portuguese fishing community"), speakers(body, List.of(hint(body, "Portuguese", "MISC"))));
    }

    @Test
    void aWireDatelineIsNeitherPartOfTheStatementNorItsSpeaker() {
        String body = "OSTRAVA, June 9 (Danube Wire) \u2013 Flooding closed two bridges in the city on Monday, the regional police said.";
        List<Quote> quotes = quotes(body, List.of(hint(body, "OSTRAVA", "LOCATION")));
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("Flooding closed two bridges in the city on Monday", quotes.getFirst().text(body));
        assertEquals("regional police", quotes.getFirst().speaker().orElseThrow().name());
    }

    @Test
    void aDatelineWithoutADateIsNotPartOfTheStatementEither() {
        String body = "HALDEN \u2014 Ferry crossings resumed on Sunday after the storm, the port authority said.";
        assertEquals(List.of("Ferry crossings resumed on Sunday after the storm"), texts(body, List.of()));
    }

    @Test
    void aPlaceAfterTheGroupThatSpeaksIsWhereTheyLiveNotWhoSpeaks() {
        String body = "Residents of Upper Dunmore say the tap water tasted of diesel for a week.";
        assertEquals(List.of("Residents of Upper Dunmore"), speakers(body, List.of(hint(body, "Upper Dunmore", "LOCATION"))));
    }

    @Test
    void theOrganisationAfterAPersonsNameIsWhereTheyWorkNotWhoSpeaks() {
        String body = "Lena Moravec of the Border Police told the Herald that the crossing would reopen on Friday.";
        assertEquals(List.of("Lena Moravec"), speakers(body, List.of()));
    }

    @Test
    void theListenerOfToldIsNotItsSubject() {
        String body = "The ministry stands by its count. Its spokesman, Pavel Dusek, told the Observer that the census was complete.";
        assertEquals(List.of("Pavel Dusek"), speakers(body, List.of()));
    }

    @Test
    void whoSawTheRecordsIsNotWhatTheRecordsShow() {
        String body = "Hospital admission records seen by the Gazette show that 85 patients were treated for smoke.";
        assertTrue(speakers(body, List.of()).stream().noneMatch(s -> s.contains("Gazette")), () -> speakers(body, List.of()).toString());
    }

    @Test
    void aStatementWithAParticipleGluedOnIsListedOnceForItsSpeaker() {
        String body = "The former ambassador Ruth Kessler echoes these doubts, emphasizing the absence of any written guarantee for the growers.";
        List<Quote> quotes = quotes(body, List.of());
        assertEquals(1, quotes.stream().filter(q -> q.text(body).contains("absence of any written guarantee")).count(),
                () -> quotes.stream().map(q -> q.text(body)).toList().toString());
    }
}
