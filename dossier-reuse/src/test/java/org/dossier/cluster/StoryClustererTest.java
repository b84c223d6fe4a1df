package org.dossier.cluster;

import org.dossier.nlp.Segmenting;
import org.dossier.nlp.NlpLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final String ELECTION = """
            Voters in Portugal go to the polls on Sunday in a snap parliamentary election called after the prime \
            minister resigned over a lobbying inquiry. Polls suggest neither of the two main parties will win a \
            majority, and the populist right could hold the balance of power in parliament.

            Turnout is expected to be high after a campaign dominated by housing costs, low wages and the state \
            of the health service, with long waiting lists in hospitals across the country.""";

    private static final Segmenting SEGMENTING = new Segmenting(NlpLimits.DEFAULT);
    private final StoryClusterer clusterer = new StoryClusterer(StoryConfig.DEFAULT);

    private String add(Article a) {
        return clusterer.add(StoryInput.of(a, SEGMENTING.analyse(a).sentenceSpans(), Optional.empty(), Set.of())).story();
    }

    @Test
    void twoAccountsOfOneEventFormOneStory() {
        String flood = add(Texts.article("flood", Texts.FLOOD, "2025-10-12T08:00:00Z"));
        add(Texts.article("election", ELECTION, "2025-10-12T09:00:00Z"));
        String retold = add(Texts.article("retold", Texts.FLOOD_PARAPHRASE, "2025-10-12T12:00:00Z"));
        assertEquals(flood, retold);
        assertEquals(2, clusterer.stories().size());
    }

    @Test
    void unrelatedArticlesSharingACountryNameStartTheirOwnStories() {
        String flood = add(Texts.article("flood", Texts.FLOOD, "2025-10-12T08:00:00Z"));
        String match = add(Texts.article("match", Texts.FOOTBALL, "2025-10-12T09:00:00Z"));
        String vote = add(Texts.article("election", ELECTION, "2025-10-12T10:00:00Z"));
        assertNotEquals(flood, match);
        assertNotEquals(flood, vote);
        assertNotEquals(match, vote);
    }

    @Test
    void anAccountPublishedLongAfterTheStoryStartsANewOne() {
        String flood = add(Texts.article("flood", Texts.FLOOD, "2025-10-12T08:00:00Z"));
        String months = add(Texts.article("retold", Texts.FLOOD_PARAPHRASE, "2026-02-12T08:00:00Z"));
        assertNotEquals(flood, months);
    }

    @Test
    void aStoryHasATitleAndTheTimeRangeOfItsArticles() {
        add(Texts.article("flood", Texts.FLOOD, "2025-10-12T08:00:00Z"));
        add(Texts.article("retold", Texts.FLOOD_PARAPHRASE, "2025-10-13T08:00:00Z"));
        Story story = clusterer.stories().get(0);
        assertEquals(2, story.articles().size());
        assertTrue(story.title().startsWith("Heavy rain") || story.title().startsWith("Residents of Amarante"), story.title());
        assertEquals("2025-10-12", story.firstSeen().orElseThrow().startDate().toString());
        assertEquals("2025-10-13", story.lastSeen().orElseThrow().startDate().toString());
    }
    @Test
    void aClosedStoryKeepsItsArticlesButTakesNoMore() {
        String flood = add(Texts.article("flood", Texts.FLOOD, "2025-10-12T08:00:00Z"));
        add(Texts.article("election", ELECTION, "2025-10-20T09:00:00Z"));
        assertEquals(1, clusterer.closeIdle(java.time.LocalDate.parse("2025-10-13"), 1000), "the flood story is idle");
        assertEquals(1, clusterer.openStories());
        // undated, so the time window alone would let it join the flood story
        String retold = add(Texts.article("retold", Texts.FLOOD_PARAPHRASE, Optional.empty()));
        assertNotEquals(flood, retold);
        assertEquals(java.util.List.of(Texts.article("flood", Texts.FLOOD).id()), clusterer.stories().get(0).articles());
    }

    @Test
    void anUndatedStoryClosesOnceEnoughArticlesArrivedAfterItsLast() {
        add(Texts.article("flood", Texts.FLOOD, Optional.empty()));
        add(Texts.article("election", ELECTION, Optional.empty()));
        assertEquals(0, clusterer.closeIdle(java.time.LocalDate.parse("2025-10-13"), 1), "one article came after the flood");
        add(Texts.article("match", Texts.FOOTBALL, Optional.empty()));
        assertEquals(1, clusterer.closeIdle(java.time.LocalDate.parse("2025-10-13"), 1), "two came after the flood");
        assertEquals(3, clusterer.storyCount());
        assertEquals(2, clusterer.openStories());
    }
}
