package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.story.StoryMaterial;
import org.junit.jupiter.api.Test;

/**
 * Each article's share of the plan, which the CLI and the Spark job both turn into story members:
 * its story and place, its linked quotes, its entity spans, the speakers a briefing needs, and
 * whether the dossier's days settle its relative dates.
 */
class CrossArticleSharesTest {
    private static final String TEXT = "Mayor Ada Quill said the bridge reopens in May.";

    private static AnalysedArticle article(String name) {
        return AnalysedArticle.bare(Article.of(Ids.of(name), "in/" + name + ".txt", ArticleMetadata.EMPTY,
                List.of(new Paragraph(TEXT)), List.of()));
    }

    @Test
    void everyArticleGetsItsStoryItsPlaceItsQuotesAndTheSpeakersABriefingNeeds() {
        AnalysedArticle a1 = article("a1");
        AnalysedArticle a2 = article("a2");
        AnalysedArticle a3 = article("a3");
        String id1 = a1.article().id();
        String id2 = a2.article().id();
        String id3 = a3.article().id();
        Entity quill = new Entity(Ids.of("entity", "quill"), EntityType.PERSON, "Ada Quill", List.of("Ada Quill"),
                List.of("Mayor"), List.of(EntityMention.inBody(id2, new Span(6, 15), "Ada Quill"),
                EntityMention.inBody(id1, new Span(6, 15), "Ada Quill")));
        Quote said = new Quote(QuoteKind.INDIRECT, new Span(21, 46), Optional.of(new Span(16, 20)),
                Optional.of(new Speaker(new Span(6, 15), "Ada Quill", Optional.empty(), Optional.of(quill.id()))));
        List<Story> stories = List.of(
                new Story(Ids.of("story", "bridge"), "Bridge reopens", List.of(id2, id1), Optional.empty(), Optional.empty()),
                new Story(Ids.of("story", "other"), "Other", List.of(id3), Optional.empty(), Optional.empty()));
        CrossArticle.Days days = new CrossArticle.Days(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3));
        CrossArticle.Plan plan = new CrossArticle.Plan(List.of(quill), Map.of(id2, List.of(said)),
                new ProvenanceStage.Plan(stories, Map.of(), List.of()), Optional.of(days), Set.of(id3));

        Map<String, CrossArticle.Share> shares = CrossArticle.shares(plan);

        assertEquals(List.of(id2, id1, id3), List.copyOf(shares.keySet()), "story by story, in each story's order");
        CrossArticle.Share second = shares.get(id2);
        assertEquals(0, second.story());
        assertEquals(0, second.position());
        assertEquals(List.of(said), second.quotes());
        assertEquals(List.of(new StoryMaterial.EntitySpan(new Span(6, 15), quill.id())), second.entities());
        assertEquals(1, second.speakers().size());
        assertEquals(List.of(quill.mentions().get(0)), second.speakers().get(0).mentions(), "a speaker travels with one mention");
        assertEquals(List.of(), shares.get(id1).speakers(), "quoting nobody, it needs no speaker");
        assertEquals(1, shares.get(id1).position());
        assertEquals(Optional.empty(), shares.get(id1).anchorOn());
        assertEquals(Optional.of(days), shares.get(id3).anchorOn(), "the plan names it to settle on the dossier's days");

        StoryMaterial.Member member = CrossArticle.member(CrossArticle.dates(), a2, second);
        assertEquals(new StoryMaterial.Member(a2, List.of(said), second.entities(), List.of()), member);
    }
}
