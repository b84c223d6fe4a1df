package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.junit.jupiter.api.Test;

class StoryContinuityTest {
    private final Map<String, Article> articles = new HashMap<>();

    private String article(String name, String day) {
        String id = Ids.of("test", name);
        articles.put(id, Article.of(id, name + ".txt", new ArticleMetadata(Optional.empty(), Optional.of(name + " outlet"),
                Optional.of("About the ferry " + name), Optional.empty(), Optional.empty(), List.of(),
                Optional.ofNullable(day).map(Timestamp::parse), Optional.of("en")),
                List.of(new Paragraph("The ferry fare rose on " + name + ".")), List.of()));
        return id;
    }

    private static Story story(String founder, String title, List<String> members) {
        return new Story(Ids.of("story", founder), title, members, Optional.empty(), Optional.empty());
    }

    @Test
    void aNewArticlePublishedFirstJoinsAStoredStoryAtTheEndAndTheStoryKeepsItsId() {
        String a = article("a", "2026-03-02");
        String b = article("b", "2026-03-03");
        String early = article("early", "2026-03-01");
        Story stored = story(a, "Ferry fares rise", List.of(a, b));
        // the clustering orders by publication: the new, earlier article founds the planned story
        List<Story> planned = List.of(story(early, "Ferry fares", List.of(early, a, b)));
        List<Story> kept = new StoryContinuity(List.of(stored)).apply(planned, articles);
        assertEquals(1, kept.size());
        assertEquals(stored.id(), kept.getFirst().id());
        assertEquals(List.of(a, b, early), kept.getFirst().articles());
        assertEquals("Ferry fares rise", kept.getFirst().title());
        assertEquals("2026-03-01", kept.getFirst().firstSeen().orElseThrow().iso());
        assertEquals("2026-03-03", kept.getFirst().lastSeen().orElseThrow().iso());
    }

    @Test
    void storedStoriesAreNeitherMergedNorSplitByARerun() {
        String a = article("a", "2026-03-02");
        String b = article("b", "2026-03-03");
        String c = article("c", "2026-03-04");
        String bridge = article("bridge", "2026-03-05");
        Story one = story(a, "One", List.of(a, b));
        Story two = story(c, "Two", List.of(c));
        // the new article bridges both stored stories into one planned story, and b wanders off alone
        List<Story> planned = List.of(story(a, "Merged", List.of(a, c, bridge)), story(b, "Alone", List.of(b)));
        List<Story> kept = new StoryContinuity(List.of(one, two)).apply(planned, articles);
        assertEquals(List.of(List.of(a, b, bridge), List.of(c)), kept.stream().map(Story::articles).toList());
        assertEquals(List.of(one.id(), two.id()), kept.stream().map(Story::id).toList());
    }

    @Test
    void aPlannedStoryOfNewArticlesOnlyStaysAsTheClusteringMadeIt() {
        String a = article("a", null);
        String x = article("x", null);
        String y = article("y", null);
        Story stored = story(a, "Stored", List.of(a));
        Story fresh = story(x, "Fresh", List.of(x, y));
        List<Story> kept = new StoryContinuity(List.of(stored)).apply(List.of(story(a, "Stored", List.of(a)), fresh), articles);
        assertEquals(List.of(stored.id(), fresh.id()), kept.stream().map(Story::id).toList());
        assertEquals(fresh, kept.get(1));
    }
}
