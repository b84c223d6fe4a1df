package org.dossier.nlp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Sentence;
import org.dossier.model.Token;
import org.dossier.nlp.Texts;
import org.junit.jupiter.api.Test;

/** News conventions the tokenizer and sentence splitter keep; sentences written for these tests. */
class SegmenterTest {
    private static final Segmenter SEGMENTER = new Segmenter(150, 10_000);

    private static List<String> words(Segmentation seg) {
        return seg.tokens().stream().map(Token::word).toList();
    }

    private static List<String> sentences(Article a, Segmentation seg) {
        return seg.sentences().stream().map(s -> s.span().of(a.body())).toList();
    }

    @Test
    void hyphenatedPrefixesNamesAndCapitalisedPlacesStayOneToken() {
        Segmentation seg = SEGMENTER.segment(Texts.article("The pro-Valdorian militia left AL-QARIM, said Anne-Sophie Marek."));
        assertEquals(List.of("The", "pro-Valdorian", "militia", "left", "AL-QARIM", ",", "said", "Anne-Sophie", "Marek", "."),
                words(seg));
    }

    @Test
    void aRankedListItemIsOneSentenceWithItsNumber() {
        Article a = Texts.article("Results of the women's 400 metres:", "4. Lena Voss (Austria) 51.20",
                "12. Ana Ruiz Pardo (Chile) 52.07");
        Segmentation seg = SEGMENTER.segment(a);
        assertEquals(List.of("Results of the women's 400 metres:", "4. Lena Voss (Austria) 51.20",
                "12. Ana Ruiz Pardo (Chile) 52.07"), sentences(a, seg));
        Sentence item = seg.sentences().get(1);
        assertEquals("4.", seg.tokens().get(item.firstToken()).word());
    }

    @Test
    void aNumberEndingASentenceStillEndsIt() {
        Article a = Texts.article("The team finished 4. Then it rained.");
        assertEquals(List.of("The team finished 4.", "Then it rained."), sentences(a, SEGMENTER.segment(a)));
    }

    @Test
    void aDatelineStaysWithTheSentenceItOpensAndAnAllCapitalHeadlineIsASentenceOfItsOwn() {
        Article a = Texts.article("FERRY STRIKE ENDS IN VALDORIA", "PORT ELBA, May 3 (Nordwire) - Ferry crews returned to work on"
                + " Friday. Talks resume next week.");
        assertEquals(List.of("FERRY STRIKE ENDS IN VALDORIA", "PORT ELBA, May 3 (Nordwire) - Ferry crews returned to work on Friday.",
                "Talks resume next week."), sentences(a, SEGMENTER.segment(a)));
    }
}
