package org.dossier.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.of(text).stream().map((Span s) -> s.of(text)).toList();
    }

    @Test
    void sentencesEndAtStopsBeforeCapitalsAndAtLineBreaks() {
        assertEquals(List.of("The river rose.", "\"It was fast,\" she said.", "Schools closed", "Roads reopened."),
                split("The river rose. \"It was fast,\" she said.\nSchools closed\n\nRoads reopened."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("NASA announced Nov. 18 that Gov. Noem met Mr. Smith of the U.S. Army.", "Then it rained."),
                split("NASA announced Nov. 18 that Gov. Noem met Mr. Smith of the U.S. Army. Then it rained."));
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotEndSentences() {
        assertEquals(List.of("It rose 2.5 metres, i.e. a record."), split("It rose 2.5 metres, i.e. a record."));
    }
}
