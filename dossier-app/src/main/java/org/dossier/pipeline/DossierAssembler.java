package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Rejection;
import org.dossier.nlp.NlpLimits;
import org.dossier.nlp.time.DossierDates;
import org.dossier.nlp.token.Segmenter;
import org.dossier.output.DossierWriter;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.model.Quote;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.EntityResolver;

/**
 * Receives a batch's results in input order: per-article output goes to the writer as it comes;
 * the articles are kept for the cross-article stages (entity resolution and the speakers of quotes,
 * relative dates of undated articles, reuse and stories), which {@link #finish()} runs and writes. Used from one thread.
 */
public final class DossierAssembler implements BatchListener {
    /** Body characters of undated articles held until the end for their relative dates (~80 MB of heap). */
    private static final long UNDATED_CHARS = 20_000_000;
    /** Entity types whose shared mention says two articles may tell one story; places are too broad. */
    private static final Set<EntityType> STORY_KEY_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    private final DossierWriter writer;
    private final Stages stages;
    private final EntityResolver resolver = new EntityResolver();
    private final DossierDates undatedDates = new DossierDates(
            new Segmenter(NlpLimits.DEFAULT.maxSentenceTokens(), NlpLimits.DEFAULT.maxTokens()), UNDATED_CHARS);
    private final List<Article> articles = new ArrayList<>();
    private final Map<String, List<Quote>> quotes = new HashMap<>();

    public DossierAssembler(DossierWriter writer, Stages stages) {
        this.writer = writer;
        this.stages = stages;
    }

    @Override
    public void article(Article article) {
        analysed(AnalysedArticle.bare(article));
    }

    @Override
    public void analysed(AnalysedArticle article) {
        writer.analysed(article);
        resolver.add(article);
        undatedDates.add(article);
        articles.add(article.article());
        if (!article.quotes().isEmpty()) {
            quotes.put(article.article().id(), article.quotes());
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        writer.rejected(rejection);
    }

    /** Runs the cross-article stages over everything received and writes their files. */
    public void finish() {
        List<Entity> entities = resolver.resolve();
        writer.entities(entities);
        SpeakerLinker speakers = new SpeakerLinker(new EntityIndex(entities));
        writer.quotes(articles, a -> speakers.link(a, quotes.getOrDefault(a, List.of())));
        writer.datesAnchoredOnDossier(undatedDates.resolve());
        ProvenanceStage.Result provenance = stages.provenance().run(articles, storyKeys(entities));
        writer.stories(provenance.stories());
        Map<String, String> bodies = new HashMap<>();
        articles.forEach(a -> bodies.put(a.id(), a.body()));
        writer.reuses(provenance.reuses(), bodies);
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
