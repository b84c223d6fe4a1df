package org.dossier.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.nlp.Texts;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;
import org.junit.jupiter.api.Test;

/** The rules over given tagger labels, so no model is needed. */
class MentionRulesTest {

    /** Mentions as "TYPE text", with {@code labelled} giving the tagger's label for some words (by their text). */
    private static List<String> mentions(String text, Map<String, String> labelled) {
        Article a = Texts.article(text);
        Segmentation seg = new Segmenter(150, 10_000).segment(a);
        String[] labels = new String[seg.tokens().size()];
        Arrays.fill(labels, CrfTagger.OTHER);
        for (int t = 0; t < labels.length; t++) {
            labels[t] = labelled.getOrDefault(seg.tokens().get(t).word(), CrfTagger.OTHER);
        }
        return MentionRules.apply(a.body(), seg, labels).stream().map(MentionRulesTest::show).toList();
    }

    private static String show(Mention m) {
        return m.type() + " " + m.text();
    }

    @Test
    void aSurnameFoundOnceIsAMentionWhereTheTaggerMissedItButNotTheVerbHas() {
        String text = "Turkish expert Kerim Has spoke. \"It is over,\" Has said. Has the army left? It has.";
        // the tagger found the full name only; the third "Has" opens a question
        List<String> found = mentionsWithFullName(text);
        assertEquals(List.of("PERSON Kerim Has", "PERSON Has"), found);
    }

    private static List<String> mentionsWithFullName(String text) {
        Article a = Texts.article(text);
        Segmentation seg = new Segmenter(150, 10_000).segment(a);
        String[] labels = new String[seg.tokens().size()];
        Arrays.fill(labels, CrfTagger.OTHER);
        labels[2] = "PERSON";
        labels[3] = "PERSON";
        return MentionRules.apply(a.body(), seg, labels).stream().map(MentionRulesTest::show).toList();
    }

    @Test
    void anInitialAndATitleJoinThePersonMention() {
        List<String> found = mentions("\"We agree,\" K. Berg stressed, and President Nolan nodded.",
                Map.of("Berg", "PERSON", "Nolan", "PERSON"));
        assertEquals(List.of("PERSON K. Berg", "PERSON President Nolan"), found);
    }

    @Test
    void aSentenceInitialWordUsedInLowerCaseElsewhereIsNoName() {
        List<String> found = mentions("Security experts met. The security of the region matters.", Map.of("Security", "ORGANIZATION"));
        assertEquals(List.of(), found);
    }

    @Test
    void hyphenatedPlaceNamesAreOneTokenAndOneMention() {
        List<String> found = mentions("Troops left Upper-Valdoria on Monday.", Map.of("Upper-Valdoria", "LOCATION"));
        assertEquals(List.of("PLACE Upper-Valdoria"), found);
    }

    @Test
    void headNounsWebNamesAndSpokespeopleMakeOrganisations() {
        List<String> found = mentions("Example.com reported that the Valdoria spokesman met the Northern Water Administration.",
                Map.of("Valdoria", "LOCATION", "Northern", "LOCATION", "Water", "LOCATION", "Administration", "LOCATION"));
        assertEquals(List.of("ORGANIZATION Example.com", "ORGANIZATION Valdoria", "ORGANIZATION Northern Water Administration"), found);
    }

    @Test
    void capitalisedWordsBeforeAPlaceOrOutletHeadAreOneNameEvenUntagged() {
        List<String> found = mentions("The ship ran aground on the Greyling Shoal, The Harwick Courier reported.",
                Map.of("Courier", "ORGANIZATION"));
        assertEquals(List.of("PLACE Greyling Shoal", "ORGANIZATION The Harwick Courier"), found);
    }

    @Test
    void anAuxiliaryOpeningAQuestionIsNoPartOfTheName() {
        assertEquals(List.of("PERSON Berg"), mentions("Did Berg lie?", Map.of("Did", "PERSON", "Berg", "PERSON")));
    }
}
