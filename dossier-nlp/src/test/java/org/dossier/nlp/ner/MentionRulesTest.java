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

/**
 * The rules over given tagger labels, so no model is needed: each rule switched on alone where it is off
 * by default, and the rules the analysis runs ({@link MentionRules#DEFAULT}) on the failure classes of
 * issue 16. Sentences written for these tests.
 */
class MentionRulesTest {
    /** Every rule, for the tests of rules that the analysis no longer runs. */
    private static final MentionRules ALL = MentionRules.ALL;

    /** Mentions as "TYPE text", with {@code labelled} giving the tagger's label for some words (by their text). */
    private static List<String> mentions(String text, Map<String, String> labelled) {
        return mentions(ALL, text, labelled);
    }

    /**
     * Mentions under {@code rules} as "TYPE text"; {@code labelled} gives the tagger's label of a word by its
     * text (every occurrence) or by its text, "@" and its occurrence counted from 0 ("Kelso@1": the second).
     */
    private static List<String> mentions(MentionRules rules, String text, Map<String, String> labelled) {
        Article a = Texts.article(text.split("\n\n"));
        Segmentation seg = new Segmenter(150, 10_000).segment(a);
        String[] labels = new String[seg.tokens().size()];
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int t = 0; t < labels.length; t++) {
            String w = seg.tokens().get(t).word();
            int n = seen.merge(w, 1, Integer::sum) - 1;
            labels[t] = labelled.getOrDefault(w + "@" + n, labelled.getOrDefault(w, CrfTagger.OTHER));
        }
        return rules.mentions(a.body(), seg, labels).stream().map(MentionRulesTest::show).toList();
    }

    private static MentionRules only(MentionRules.Rule... rules) {
        return new MentionRules(java.util.EnumSet.copyOf(List.of(rules)));
    }

    @Test
    void aSurnameThatIsAlsoANewspaperWordStaysAPerson() {
        assertEquals(List.of("PERSON Dana Courier", "PERSON Courier"), mentions(MentionRules.DEFAULT,
                "Police questioned Dana Courier on Friday. Courier denied everything.",
                Map.of("Dana", "PERSON", "Courier", "PERSON")));
    }

    @Test
    void clubsNamedAfterABayOrACountyKeepTheTaggersType() {
        assertEquals(List.of("ORGANIZATION Marlow Bay", "ORGANIZATION Fenwick County"), mentions(MentionRules.DEFAULT,
                "Marlow Bay beat Fenwick County 2-1 on Saturday.",
                Map.of("Marlow", "ORGANIZATION", "Bay", "ORGANIZATION", "Fenwick", "ORGANIZATION", "County", "ORGANIZATION")));
    }

    @Test
    void aPlaceWithItsOwnSpokesmanIsAnInstitutionButNotWhereTheSpokesmanIsSomeoneElses() {
        assertEquals(List.of("ORGANIZATION Belvedere", "PERSON Ivo Maric"), mentions(MentionRules.DEFAULT,
                "Belvedere spokesman Ivo Maric declined to comment.",
                Map.of("Belvedere", "LOCATION", "Ivo", "PERSON", "Maric", "PERSON")));
        assertEquals(List.of("PERSON Oskar Lind", "PLACE Almera"), mentions(MentionRules.DEFAULT,
                "Oskar Lind, the Almera spokesman for the northern rebels, said talks had failed.",
                Map.of("Oskar", "PERSON", "Lind", "PERSON", "Almera", "LOCATION")));
    }

    @Test
    void anInstitutionThatSpeaksIsAnOrganisationButACityOrAnAcronymStaysAPlace() {
        assertEquals(List.of("ORGANIZATION Belvedere", "PLACE Almera", "PLACE UVR"), mentions(MentionRules.DEFAULT,
                "The Belvedere has denied the report. Almera said nothing. The UVR said it would wait.",
                Map.of("Belvedere", "LOCATION", "Almera", "LOCATION", "UVR", "LOCATION")));
    }

    @Test
    void oneTaggerSlipIsNotCopiedToTheNameRepeats() {
        assertEquals(List.of("ORGANIZATION Kelso"), mentions(MentionRules.DEFAULT,
                "Analysts at Kelso met on Monday. Later Kelso said the deal was off.", Map.of("Kelso@0", "ORGANIZATION")));
    }

    @Test
    void aTitleStaysOutOfThePersonMention() {
        assertEquals(List.of("PERSON Nolan"), mentions(MentionRules.DEFAULT, "On Monday President Nolan nodded.",
                Map.of("Nolan", "PERSON")));
    }

    @Test
    void withConsistentTypesANameTakesTheTypeMostOfItsMentionsHave() {
        assertEquals(List.of("ORGANIZATION Dorvan Energy", "ORGANIZATION Dorvan Energy", "ORGANIZATION Dorvan Energy"),
                mentions(only(MentionRules.Rule.CONSISTENT_TYPES),
                        "Dorvan Energy rose. Shares of Dorvan Energy fell. Dorvan Energy declined to comment.",
                        Map.of("Dorvan", "ORGANIZATION", "Energy", "ORGANIZATION", "Dorvan@1", "LOCATION", "Energy@1", "LOCATION")));
    }

    @Test
    void withHeadlineNamesANameOfTheTextIsFoundInAnAllCapitalHeadline() {
        assertEquals(List.of("PLACE VALDORIA", "PLACE Valdoria"), mentions(only(MentionRules.Rule.HEADLINE_NAMES),
                "TALKS STALL IN VALDORIA\n\nValdoria rejected the offer on Tuesday.", Map.of("Valdoria", "LOCATION")));
    }

    @Test
    void withFirstNamesALoneGivenNameOfOnePersonIsThatPerson() {
        assertEquals(List.of("PERSON Ilse Brandt", "PERSON Ilse"), mentions(only(MentionRules.Rule.FIRST_NAMES),
                "Ilse Brandt won the race. Afterwards Ilse thanked her coach.", Map.of("Ilse@0", "PERSON", "Brandt", "PERSON")));
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
        return ALL.mentions(a.body(), seg, labels).stream().map(MentionRulesTest::show).toList();
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
