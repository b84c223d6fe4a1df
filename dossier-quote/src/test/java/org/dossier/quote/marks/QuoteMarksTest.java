package org.dossier.quote.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.dossier.nlp.TextTagger;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quotes(String body) {
        return QuoteMarks.find(body, TextTagger.paragraphs(body)).stream().map(q -> q.content().of(body)).toList();
    }

    @Test
    void straightCurlyAndGuillemetQuotesAreFound() {
        assertEquals(List.of("We won,", "Again.", "Nous gagnerons"),
                quotes("\"We won,\" she said. \u201CAgain.\u201D Then: \u00ABNous gagnerons\u00BB."));
    }

    @Test
    void apostrophesAndInchMarksAreNotQuotes() {
        assertEquals(List.of(), quotes("It's the peacekeepers' mission, the '90s are over, and he's 6' 2\" tall with a 55\" TV."));
    }

    @Test
    void quotesInsideAnotherKindOfMarkAreNestedNotTopLevel() {
        String body = "\u201CThe \"old\" West is waning and the 'new' one rises,\u201D he said.";
        assertEquals(List.of("The \"old\" West is waning and the 'new' one rises,"), quotes(body));
    }

    @Test
    void singleMarkedPartialQuoteInsideASentenceIsFound() {
        String body = "The ministry criticised the drills as an attempt to 'drag the region into confrontation'.";
        assertEquals(List.of("drag the region into confrontation"), quotes(body));
    }

    @Test
    void quoteRunsOnIntoAParagraphThatOpensWithAMark() {
        String body = "\"First paragraph of the quote.\n\n\"Second paragraph,\" she said.";
        MarkedQuote q = QuoteMarks.find(body, TextTagger.paragraphs(body)).getFirst();
        assertEquals("First paragraph of the quote.\n\n\"Second paragraph,", q.content().of(body));
        assertTrue(q.closed());
    }

    @Test
    void quoteRunsOnIntoAParagraphWithoutOpeningMarkWhenThatParagraphCloses() {
        String body = "\"First paragraph.\n\nSecond paragraph, no opening mark,\" Markov said.";
        assertEquals(List.of("First paragraph.\n\nSecond paragraph, no opening mark,"), quotes(body));
    }

    @Test
    void quoteMissingItsClosingMarkAtTheEndRunsToTheEnd() {
        String body = "Intro.\n\n\"If we look at it.\n\nNow it is done.\n\nWhat is this if not a result?";
        MarkedQuote q = QuoteMarks.find(body, TextTagger.paragraphs(body)).getFirst();
        assertFalse(q.closed());
        assertEquals(body.length(), q.content().end());
    }

    @Test
    void doubledApostrophesCountAsDoubleMarks() {
        assertEquals(List.of("It's more tinkering at the edges,"), quotes("''It's more tinkering at the edges,'' he said."));
    }

    @Test
    void doubledApostrophesOpeningAParagraphContinueTheQuote() {
        String body = "''First paragraph of the quote.\n\n''Second paragraph,'' she said.";
        MarkedQuote q = QuoteMarks.find(body, TextTagger.paragraphs(body)).getFirst();
        assertEquals("First paragraph of the quote.\n\n''Second paragraph,", q.content().of(body));
    }

    @Test
    void straightMarkOpeningABlockOfCurlyQuotesIsNotAQuote() {
        String body = "\"She said \u201Chello\u201D and left.\n\n\"Then \u201Cbye,\u201D she said.";
        assertEquals(List.of("hello", "bye,"), quotes(body));
    }

    @Test
    void unbalancedMarksEverywhereStayLinear() {
        String body = "\"a 'b \u201Cc \u00AB d ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> QuoteMarks.find(body, TextTagger.paragraphs(body)));
    }
}
