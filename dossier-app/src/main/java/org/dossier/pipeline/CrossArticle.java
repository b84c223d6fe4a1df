package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.DossierResult;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.nlp.NlpLimits;
import org.dossier.nlp.time.DossierDates;
import org.dossier.nlp.token.Segmenter;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.EntityResolver;
import org.dossier.story.StoryMaterial;
import org.dossier.story.StoryView;
import org.dossier.story.timeline.ArticleFacts;
import org.dossier.story.timeline.TimelineBuilder;

/**
 * The cross-article stages over a set of analysed articles: entity resolution and the speakers of
 * quotes, relative dates of undated articles, reuse and provenance, stories, and per story its
 * claims, each outlet's framing and its timeline. A pure function of its
 * input given the loaded {@link Stages}, so the CLI, the server and the Spark job share it.
 */
public final class CrossArticle {
    /** Body characters of undated articles held for their relative dates (~80 MB of heap). */
    private static final long UNDATED_CHARS = 20_000_000;
    /** Entity types whose shared mention says two articles may tell one story; places are too broad. */
    private static final Set<EntityType> STORY_KEY_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    private final Stages stages;

    public CrossArticle(Stages stages) {
        this.stages = stages;
    }

    /** Runs every cross-article stage over {@code articles}, given in input order. */
    public DossierResult run(List<AnalysedArticle> articles) {
        EntityResolver resolver = new EntityResolver();
        DossierDates undated = new DossierDates(
                new Segmenter(NlpLimits.DEFAULT.maxSentenceTokens(), NlpLimits.DEFAULT.maxTokens()), UNDATED_CHARS);
        for (AnalysedArticle a : articles) {
            resolver.add(a);
            undated.add(a);
        }
        List<Entity> entities = resolver.resolve();
        SpeakerLinker speakers = new SpeakerLinker(new EntityIndex(entities));
        Map<String, List<Quote>> quotes = new HashMap<>();
        for (AnalysedArticle a : articles) {
            if (!a.quotes().isEmpty()) {
                quotes.put(a.article().id(), speakers.link(a.article().id(), a.quotes()));
            }
        }
        List<Article> plain = articles.stream().map(AnalysedArticle::article).toList();
        ProvenanceStage.Result provenance = stages.provenance().run(plain, storyKeys(entities));
        List<ArticleDate> anchored = undated.resolve().stream().map(d -> new ArticleDate(d.article(), d.date())).toList();
        List<TimelineEntry> timeline = timeline(articles, provenance.stories(), anchored, entities);
        DossierResult found = new DossierResult(articles, entities, quotes, anchored,
                provenance.stories(), provenance.reuses(), List.of(), timeline, List.of());
        StoryView.Result view = stages.storyView().runAll(StoryMaterial.of(found));
        return new DossierResult(found.articles(), found.entities(), found.quotes(), found.anchoredDates(),
                found.stories(), found.reuses(), view.claims(), found.timeline(), view.framing());
    }

    /** Per story, its timeline from its articles' dates; the stories' timelines one after the other. */
    public static List<TimelineEntry> timeline(List<AnalysedArticle> articles, List<Story> stories, List<ArticleDate> anchored,
                                        List<Entity> entities) {
        Map<String, AnalysedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a));
        TimelineBuilder builder = new TimelineBuilder();
        ArticleFacts facts = new ArticleFacts(anchored, entities);
        List<TimelineEntry> out = new ArrayList<>();
        for (Story s : stories) {
            out.addAll(builder.build(s, s.articles().stream().map(byId::get).toList(), facts));
        }
        return out;
    }

    /** Per article, the ids of the people and organisations it mentions in its body. */
    private static Map<String, Set<String>> storyKeys(List<Entity> entities) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Entity e : entities) {
            if (!STORY_KEY_TYPES.contains(e.type())) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.span().isPresent()) {
                    keys.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
                }
            }
        }
        return keys;
    }
}
