package org.dossier.nlp.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Span;
import org.dossier.nlp.Texts;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;
import org.junit.jupiter.api.Test;

class RoleFinderTest {

    /** The roles found for the person named {@code name} in {@code text}. */
    private static List<String> rolesOf(String text, String name, String... otherPeople) {
        Article a = Texts.article(text);
        Segmentation seg = new Segmenter(150, 10_000).segment(a);
        List<Mention> mentions = new ArrayList<>();
        for (String n : concat(name, otherPeople)) {
            int at = text.indexOf(n);
            mentions.add(Mention.of(a.body(), new Span(at, at + n.length()), EntityType.PERSON));
        }
        Mention m = new RoleFinder().attach(a.body(), seg, mentions).getFirst();
        return m.roles().stream().map(r -> r.of(a.body())).toList();
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void aPremodifierBeforeTheNameIsARole() {
        assertEquals(List.of("Kremlin spokesperson"), rolesOf("\"True,\" Kremlin spokesperson Olga Petrova said.", "Olga Petrova"));
    }

    @Test
    void accordingToStopsThePremodifier() {
        assertEquals(List.of("Canadian economist"),
                rolesOf("According to Canadian economist Jane Roe, prices will rise.", "Jane Roe"));
    }

    @Test
    void anAppositionLosesItsArticle() {
        assertEquals(List.of("Brazilian political analyst"),
                rolesOf("Pedro Alves, a Brazilian political analyst, disagreed.", "Pedro Alves"));
    }

    @Test
    void chainedAppositionsGiveSeveralRoles() {
        assertEquals(List.of("Swiss historian", "head of the Institute of Mountain Studies"),
                rolesOf("In the opinion of Anna Keller, another Swiss historian, head of the Institute of Mountain Studies, "
                        + "the border moved.", "Anna Keller"));
    }

    @Test
    void coordinatedRoleNounsStayTogether() {
        assertEquals(List.of("Chilean blogger, activist, and public figure"),
                rolesOf("At the same time, Chilean blogger, activist, and public figure Ana Soto believes it.", "Ana Soto"));
    }

    @Test
    void theRoleOfAPersonAfterOfBelongsToThatPerson() {
        assertEquals(List.of("Spanish Prime Minister"),
                rolesOf("Luis Gil, the press secretary of Spanish Prime Minister Carmen Ruiz, agreed.", "Carmen Ruiz", "Luis Gil"));
    }

    @Test
    void anAgeIsSkippedAndARelativeClauseEndsTheRole() {
        assertEquals(List.of("retired teacher"),
                rolesOf("\"We never left,\" said Greta Holm, 68, a retired teacher who has lived here for years.", "Greta Holm"));
    }

    @Test
    void aRoleBeforeACommaAndTheNameIsARole() {
        assertEquals(List.of("Acme Shipping’s chief executive"),
                rolesOf("Acme Shipping’s chief executive, Tobias Lind, said the ship was on course.", "Tobias Lind"));
        assertEquals(List.of("Rovers manager"),
                rolesOf("\"He is calm,\" said the Rovers manager, Ben Sallis.", "Ben Sallis"));
    }

    @Test
    void aClauseAfterACommaIsNoApposition() {
        assertEquals(List.of(), rolesOf("After meeting Tom Berg, the minister said nothing.", "Tom Berg"));
    }

    @Test
    void aWordBeforeTheNameThatIsNoRoleGivesNone() {
        assertEquals(List.of(), rolesOf("In the opinion of Tom Berg the plan failed.", "Tom Berg"));
    }
}
