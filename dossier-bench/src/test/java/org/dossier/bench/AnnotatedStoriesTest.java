package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.corpora.Texts;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Story;
import org.dossier.store.StoreBatch;
import org.junit.jupiter.api.Test;

class AnnotatedStoriesTest {
    private static final int DIMENSION = 16;
    private static final List<HeadlinedText> THEMES = List.of(
            new HeadlinedText("Floods in Amarante", SyntheticNewsTest.paragraphs(Texts.FLOOD), "nytimes"),
            new HeadlinedText("Portugal top their group", SyntheticNewsTest.paragraphs(Texts.FOOTBALL), "politico"),
            new HeadlinedText("Amarante evacuated", SyntheticNewsTest.paragraphs(Texts.FLOOD_PARAPHRASE), "breitbart"));

    /** Theme i's vector: the i-th unit vector, so that a vector's theme is its largest component. */
    private static List<float[]> axes() {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < THEMES.size(); i++) {
            float[] v = new float[DIMENSION];
            v[i] = 1;
            out.add(v);
        }
        return out;
    }

    private static AnnotatedStories stories(long seed) {
        return new AnnotatedStories(THEMES, axes(), seed);
    }

    @Test
    void aBatchIsWholeStoriesOfExactlyItsSizeUnderTheirThemesHeadline() {
        StoreBatch batch = stories(7).next(50);
        List<AnalysedArticle> articles = batch.result().articles();
        assertEquals(50, articles.size());
        Map<String, AnalysedArticle> byId = articles.stream().collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
        List<String> members = new ArrayList<>();
        for (Story s : batch.result().stories()) {
            assertTrue(s.articles().size() <= 8, s.toString());
            s.articles().forEach(id -> assertEquals(s.title(), byId.get(id).article().metadata().title().orElseThrow()));
            members.addAll(s.articles());
        }
        assertEquals(byId.keySet().size(), members.size(), "every article in exactly one story");
        assertEquals(byId.keySet(), java.util.Set.copyOf(members));
    }

    @Test
    void vectorsAreUnitLengthAndNearTheirStorysTheme() {
        StoreBatch batch = stories(7).next(40);
        for (Story s : batch.result().stories()) {
            int theme = THEMES.stream().map(HeadlinedText::title).toList().indexOf(s.title());
            for (String id : s.articles()) {
                float[] v = batch.embeddings().get(id);
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                assertEquals(1.0, norm, 1e-4, id);
                assertTrue(v[theme] > 0.85, "cosine with the theme " + v[theme]);
            }
        }
    }

    @Test
    void mentionsAreTheRecurringNamesWhereTheBodySaysThem() {
        StoreBatch batch = stories(7).next(30);
        Map<String, String> bodies = batch.result().articles().stream()
                .collect(Collectors.toMap(a -> a.article().id(), a -> a.article().body()));
        List<Entity> entities = batch.result().entities();
        assertFalse(entities.isEmpty(), "the themes name Amarante's mayor, Lucia Ferraz, twice");
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                assertEquals(e.name(), m.span().orElseThrow().of(bodies.get(m.article())));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBatchesInOrder() {
        AnnotatedStories a = stories(7);
        AnnotatedStories b = stories(7);
        for (int i = 0; i < 2; i++) {
            StoreBatch x = a.next(25);
            StoreBatch y = b.next(25);
            assertEquals(x.result().articles(), y.result().articles());
            assertEquals(x.result().stories(), y.result().stories());
            x.embeddings().forEach((id, v) -> assertArrayEquals(v, y.embeddings().get(id), id));
        }
        assertFalse(stories(8).next(25).result().articles().equals(stories(7).next(25).result().articles()));
    }
}
