package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dossier.batch.BatchListener;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.Progress;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierResult;
import org.dossier.model.Rejection;
import org.dossier.model.Story;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.server.api.Ingester;
import org.dossier.store.CommitInfo;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoredArticle;

/**
 * Uploads through the analyze pipeline into the store: the per-article stages on the batch runner,
 * then the cross-article stages over the new articles together with the store's most recent ones
 * (so a new article joins the story it belongs to), applied as one store batch. One upload at a time;
 * the models load on the first upload, not at server start.
 */
public final class StoreIngester implements Ingester {
    /** Stored articles the cross-article stages see beside an upload: the newest ones, where new coverage's story lives. */
    static final int RECENT_ARTICLES = 500;

    private final Store store;
    private final Supplier<Stages> stages;
    private final Limits limits;
    private final int threads;

    public StoreIngester(Store store, Supplier<Stages> stages, Limits limits, int threads) {
        this.store = store;
        this.stages = stages;
        this.limits = limits;
        this.threads = threads;
    }

    @Override
    public synchronized Report ingest(List<InputFile> files, String label) {
        Stages s = stages.get();
        List<AnalysedArticle> fresh = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        new BatchRunner(new PageReader(limits), new PageExtractor(), s.analyzer(), threads).run(files,
                new BatchListener() {
                    @Override
                    public void article(Article article) {
                        fresh.add(AnalysedArticle.bare(article));
                    }

                    @Override
                    public void analysed(AnalysedArticle analysed) {
                        fresh.add(analysed);
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        rejected.add(rejection);
                    }
                }, Progress.silent());
        // the same page twice in one upload is one article
        Map<String, AnalysedArticle> byId = new LinkedHashMap<>();
        fresh.forEach(a -> byId.putIfAbsent(a.article().id(), a));
        if (byId.isEmpty()) {
            List<CommitInfo> commits = store.commits();
            return new Report(List.of(), rejected, List.of(), commits.isEmpty() ? 0 : commits.getLast().sequence());
        }
        List<AnalysedArticle> all = new ArrayList<>(recent(byId.keySet()));
        all.addAll(byId.values());
        DossierResult result = new CrossArticle(s).run(all);
        CommitInfo commit = store.add(new StoreBatch(result, Map.of(), label));
        Set<String> stories = new LinkedHashSet<>();
        for (Story story : result.stories()) {
            if (story.articles().stream().anyMatch(byId::containsKey)) {
                stories.add(story.id());
            }
        }
        return new Report(List.copyOf(byId.keySet()), rejected, List.copyOf(stories), commit.sequence());
    }

    /** The store's newest articles, but the ones being uploaded again, in input order (oldest first). */
    private List<AnalysedArticle> recent(Set<String> uploading) {
        List<String> ids = store.search(SearchQuery.fullText("", RECENT_ARTICLES)).hits().stream()
                .map(SearchHit::article).filter(id -> !uploading.contains(id)).toList().reversed();
        return store.articles(ids).stream().map(StoredArticle::analysed).toList();
    }
}
