package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();
    private int articles;

    /** Adds an article; in {@code text}, [P:...], [O:...] and [L:...] mark person, organisation and place mentions. */
    private void article(String text) {
        StringBuilder body = new StringBuilder();
        List<Object[]> marks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("[", i) && text.indexOf(']', i) > 0 && text.charAt(i + 2) == ':') {
                int close = text.indexOf(']', i);
                String name = text.substring(i + 3, close);
                EntityType type = switch (text.charAt(i + 1)) {
                    case 'P' -> EntityType.PERSON;
                    case 'O' -> EntityType.ORGANIZATION;
                    default -> EntityType.PLACE;
                };
                marks.add(new Object[] {body.length(), name, type});
                body.append(name);
                i = close + 1;
            } else {
                body.append(text.charAt(i++));
            }
        }
        String id = String.format("%016x", ++articles);
        Article a = Article.of(id, "test-" + articles, ArticleMetadata.EMPTY, List.of(new Paragraph(body.toString())), List.of());
        List<Mention> mentions = new ArrayList<>();
        for (Object[] m : marks) {
            int at = (Integer) m[0];
            mentions.add(Mention.of(a.body(), new Span(at, at + ((String) m[1]).length()), (EntityType) m[2]));
        }
        resolver.add(new AnalysedArticle(a, List.of(), List.of(), mentions, List.of()));
    }

    /** Each entity as the set of its variants. */
    private Set<Set<String>> entities(EntityType type) {
        return resolver.resolve().stream().filter(e -> e.type() == type)
                .map(e -> Set.copyOf(e.variants())).collect(Collectors.toSet());
    }

    @Test
    void aSurnameAloneJoinsTheFullNameOfItsArticleAndSpellingVariantsJoinAcrossArticles() {
        article("[P:Hikmat Hajiyev] spoke. Later [P:Hajiyev] added more.");
        article("[P:Hikmet Hajiyev], an aide, agreed.");
        assertEquals(Set.of(Set.of("Hikmat Hajiyev", "Hikmet Hajiyev", "Hajiyev")), entities(EntityType.PERSON));
    }

    @Test
    void initialsAndTitlesJoinTheirPerson() {
        article("[P:Ishkhan Verdyan] wrote it, summarized [P:I. Verdyan]. [P:President Ilham Aliyev] spoke.");
        article("[P:Ilham Aliyev] and then [P:President Aliyev] and [P:Verdiyan].");
        Set<Set<String>> people = entities(EntityType.PERSON);
        assertTrue(people.contains(Set.of("Ishkhan Verdyan", "I. Verdyan", "Verdiyan")), people.toString());
        assertTrue(people.contains(Set.of("Ilham Aliyev", "President Ilham Aliyev", "President Aliyev")), people.toString());
        assertEquals(2, people.size());
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndASurnameGoesToTheNearestBeforeIt() {
        article("[P:Anna Berg] came. [P:Berg] spoke. Then [P:Tomas Berg] arrived, and [P:Berg] left.");
        List<Entity> people = resolver.resolve();
        assertEquals(2, people.size());
        assertEquals(List.of("Anna Berg", "Berg"), people.get(0).mentions().stream().map(m -> m.text()).toList());
        assertEquals(List.of("Tomas Berg", "Berg"), people.get(1).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void differentGivenNamesWithOneSurnameAcrossArticlesAreDifferentPeople() {
        article("[P:Ilham Aliyev] spoke.");
        article("The architect [P:Elchin Aliyev] disagreed.");
        assertEquals(2, entities(EntityType.PERSON).size());
    }

    @Test
    void countryAliasesAndHyphenatedPrefixesAreOnePlace() {
        article("[L:Türkiye] and [L:Nagorno-Karabakh].");
        article("[L:Turkey] and [L:Karabakh] and [L:North Korea] and [L:Korea].");
        Set<Set<String>> places = entities(EntityType.PLACE);
        assertTrue(places.contains(Set.of("Türkiye", "Turkey")), places.toString());
        assertTrue(places.contains(Set.of("Karabakh", "Nagorno-Karabakh")), places.toString());
        assertTrue(places.contains(Set.of("North Korea")), places.toString());
    }

    @Test
    void anAcronymJoinsTheNameItSpells() {
        article("The [O:Collective Security Treaty Organization] ([O:CSTO]) met; the [O:CSTO] agreed.");
        assertEquals(Set.of(Set.of("Collective Security Treaty Organization", "CSTO")), entities(EntityType.ORGANIZATION));
    }

    @Test
    void aCountryTheTaggerCalledAPersonIsAPlace() {
        article("Ties with [P:Türkiye] grew, said [P:Ada Lin].");
        assertEquals(Set.of(Set.of("Türkiye")), entities(EntityType.PLACE));
    }

    @Test
    void skeletonsSurviveTransliteration() {
        assertEquals(NameFolding.skeleton("Verdyan"), NameFolding.skeleton("Verdiyan"));
        assertTrue(NameFolding.similar("Hikmat", "Hikmet"));
        assertTrue(!NameFolding.similar("Ivanov", "Ivanova"));
        assertTrue(!NameFolding.similar("Has", "Hus"));
    }

    @Test
    void aNameTheTaggerCallsAPersonAndAPlaceAsOftenIsAPlace() {
        article("The ship hit [P:Greyling Shoal] at night.");
        article("Divers surveyed [L:Greyling Shoal] again.");
        assertEquals(Set.of(Set.of("Greyling Shoal")), entities(EntityType.PLACE));
        assertEquals(Set.of(), entities(EntityType.PERSON));
    }

    @Test
    void mrAndMrsWithOneSurnameAreNotMerged() {
        article("[P:Anna Berg] and [P:Tomas Berg] came; [P:Mrs. Berg] spoke, then [P:Mr. Berg] left.");
        List<Entity> people = resolver.resolve();
        assertEquals(2, people.size());
        assertTrue(people.stream().noneMatch(e -> e.variants().containsAll(List.of("Mrs. Berg", "Mr. Berg"))));
    }

    @Test
    void theIndexFindsTheEntityAtASpanAndThePersonBeforeAPronoun() {
        article("[P:Anna Berg] met [L:Valdoria] officials. She said [P:Tom Lind] agreed. He left.");
        List<Entity> all = resolver.resolve();
        EntityIndex index = new EntityIndex(all);
        String id = String.format("%016x", 1);
        assertEquals("Anna Berg", index.at(id, new Span(0, 4)).orElseThrow().name());
        assertEquals("Anna Berg", index.lastPersonBefore(id, 32).orElseThrow().name());
        assertEquals("Tom Lind", index.lastPersonBefore(id, 56).orElseThrow().name());
        assertTrue(index.lastPersonBefore(id, 0).isEmpty());
    }
}
