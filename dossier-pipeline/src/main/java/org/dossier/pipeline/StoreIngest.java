package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.batch.PerArticle;
import org.dossier.batch.Progress;
import org.dossier.model.StageClock.Stage;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.model.Article;
import org.dossier.model.DossierResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Rejection;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.store.CommitInfo;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoredArticle;

/**
 * Adds a run's new articles to a store. Receives the run's articles (forwarding them to another
 * listener, such as the dossier writer's, when there is one), keeps those the store does not hold,
 * and at {@link #finish} re-runs the cross-article stages over them together with every stored
 * article of the stored stories they may join ({@link Candidates}), so those stories are recomputed
 * whole, and commits the result as one batch. Used from one thread.
 */
public final class StoreIngest implements BatchListener {
    private final Store store;
    private final Stages stages;
    private final Optional<ArticleVectors> vectors;
    private final Optional<BatchListener> also;
    private final Progress progress;
    private final List<AnalysedArticle> fresh = new ArrayList<>();
    private final List<Optional<ProvenanceStage.Features>> freshFeatures = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int known;

    /**
     * What a run did to the store.
     *
     * @param added      articles new to the store
     * @param known      articles the store already held (or that came twice)
     * @param rerun      stored articles re-run with the new ones
     * @param commit     the commit, when anything was new
     */
    public record Outcome(int added, int known, int rerun, Optional<CommitInfo> commit) {
    }

    public StoreIngest(Store store, Stages stages, Optional<BatchListener> also) {
        this(store, stages, also, Progress.silent());
    }

    /** An ingest that reports the cross-article phases' progress and counts the commit on the stages' clock. */
    public StoreIngest(Store store, Stages stages, Optional<BatchListener> also, Progress progress) {
        this.store = store;
        this.stages = stages;
        this.vectors = stages.embedder().map(ArticleVectors::new);
        this.also = also;
        this.progress = progress;
    }

    /** The run's analyzer, skipping the per-article analysis of articles the store holds (their id is their content's hash). */
    public static ArticleAnalyzer skippingKnown(ArticleAnalyzer analyzer, Store store) {
        return article -> store.knownArticles(Set.of(article.id())).isEmpty() ? analyzer.analyse(article)
                : AnalysedArticle.bare(article);
    }

    /** The run's per-article stages, skipping the analysis and features of articles the store holds. */
    public static PerArticle skippingKnown(Stages stages, Store store) {
        PerArticle all = stages.perArticle();
        return new PerArticle(all::extract, skippingKnown(stages.analyzer(), store),
                a -> store.knownArticles(Set.of(a.article().id())).isEmpty() ? all.features(a) : Optional.empty());
    }

    @Override
    public void article(Article article) {
        analysed(AnalysedArticle.bare(article));
    }

    @Override
    public void analysed(AnalysedArticle a) {
        analysed(new PerArticle.Analysed(a, Optional.empty()));
    }

    @Override
    public void analysed(PerArticle.Analysed analysed) {
        also.ifPresent(l -> l.analysed(analysed));
        AnalysedArticle a = analysed.article();
        String id = a.article().id();
        if (!seen.add(id) || !store.knownArticles(Set.of(id)).isEmpty()) {
            known++;
            return;
        }
        fresh.add(a);
        freshFeatures.add(analysed.features());
    }

    @Override
    public void rejected(Rejection rejection) {
        also.ifPresent(l -> l.rejected(rejection));
    }

    /** An input repeating an earlier one's article: counted with the articles the store already holds. */
    @Override
    public void held(String source, String articleId) {
        also.ifPresent(l -> l.held(source, articleId));
        seen.add(articleId);
        known++;
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        also.ifPresent(l -> l.duplicate(duplicate));
        known++;
    }

    /** Re-runs the touched stories with the new articles and commits them; nothing when nothing is new. */
    public Outcome finish(String label) {
        if (fresh.isEmpty()) {
            return new Outcome(0, known, 0, Optional.empty());
        }
        // the article vectors of the store's semantic search
        Map<String, float[]> embeddings = stages.clock().time(Stage.FEATURES, () -> vectors
                .map(v -> v.embed(fresh.stream().map(AnalysedArticle::article).toList())).orElse(Map.of()));
        Candidates candidates = new Candidates(store);
        Set<String> stories = new LinkedHashSet<>();
        for (AnalysedArticle a : fresh) {
            stories.addAll(candidates.stories(a, Optional.ofNullable(embeddings.get(a.article().id()))));
        }
        List<AnalysedArticle> input = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        fresh.forEach(a -> taken.add(a.article().id()));
        List<org.dossier.model.Story> stored = new ArrayList<>();
        for (String story : stories) {
            store.story(story).ifPresent(d -> {
                stored.add(d.story());
                for (StoredArticle s : d.articles()) {
                    if (taken.add(s.id())) {
                        input.add(stages.resegmented(s.analysed()));
                    }
                }
            });
        }
        int rerun = input.size();
        List<Optional<ProvenanceStage.Features>> features = new ArrayList<>(java.util.Collections.nCopies(rerun, Optional.empty()));
        input.addAll(fresh);
        features.addAll(freshFeatures);
        // the stored stories keep their ids, articles and citation numbers; new articles join at the end
        DossierResult result = new CrossArticle(stages).run(input, features, new CrossArticle.Phases() {
            @Override
            public void progress(String phase, long done, long total) {
                progress.phase(phase, done, total, CrossArticle.units(phase));
            }
        }, new StoryContinuity(stored));
        CommitInfo commit = stages.clock().time(Stage.WRITE, () -> store.add(new StoreBatch(result, embeddings, label)));
        return new Outcome(fresh.size(), known, rerun, Optional.of(commit));
    }
}
