package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dossier.batch.BatchListener;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.Progress;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Rejection;
import org.dossier.pipeline.Stages;
import org.dossier.server.api.Ingester;
import org.dossier.store.CommitInfo;
import org.dossier.store.Store;
import org.dossier.store.Correction;
import org.dossier.store.StoreBusyException;
import org.dossier.store.review.ReviewLog;
import org.dossier.store.StoredArticle;
import org.dossier.pipeline.StoreIngest;

/**
 * Uploads through exactly what {@code dossier analyze --store} runs: the per-article stages on the
 * batch runner (skipping articles the store holds), then {@link StoreIngest}, which re-runs the
 * stories the new articles may join and commits one batch. One upload at a time, with the store
 * open for writing (its write lock held) for that upload only; while another process writes the
 * store, an upload is {@code 503 store-busy} with {@code Retry-After}, before any model loads. The
 * models load on the first upload, not at server start.
 */
public final class StoreIngester implements Ingester {
    /** What {@code Retry-After} says while another process writes: an analyse run takes a while. */
    static final int BUSY_RETRY_SECONDS = 30;
    private final WriteAccess writes;
    private final Supplier<Stages> stages;
    private final Limits limits;
    private final int threads;

    public StoreIngester(WriteAccess writes, Supplier<Stages> stages, Limits limits, int threads) {
        this.writes = writes;
        this.stages = stages;
        this.limits = limits;
        this.threads = threads;
    }

    /** Uploads written through {@code store}, kept open for writing. */
    public StoreIngester(Store store, Supplier<Stages> stages, Limits limits, int threads) {
        this(WriteAccess.through(store), stages, limits, threads);
    }

    @Override
    public synchronized Report ingest(List<InputFile> files, String label) {
        try {
            return writes.write(store -> ingest(store, files, label));
        } catch (StoreBusyException e) {
            throw ApiException.unavailable("store-busy", e.who() + "; the store takes one writer at a time, so"
                    + " try this upload again when it is done (in " + BUSY_RETRY_SECONDS + " s, say)", BUSY_RETRY_SECONDS);
        }
    }

    @Override
    public synchronized ReviewLog.Recorded review(Correction correction) {
        try {
            return writes.write(store -> ReviewLog.record(store, correction));
        } catch (StoreBusyException e) {
            throw ApiException.unavailable("store-busy", e.who() + "; the store takes one writer at a time, so"
                    + " send this correction again when it is done (in " + BUSY_RETRY_SECONDS + " s, say)",
                    BUSY_RETRY_SECONDS);
        }
    }

    private Report ingest(Store store, List<InputFile> files, String label) {
        Stages s = stages.get();
        Set<String> articles = new LinkedHashSet<>();
        List<Rejection> rejected = new ArrayList<>();
        BatchListener seen = new BatchListener() {
            @Override
            public void article(Article article) {
                articles.add(article.id());
            }

            @Override
            public void analysed(AnalysedArticle analysed) {
                articles.add(analysed.article().id());
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        };
        StoreIngest ingest = new StoreIngest(store, s, Optional.of(seen));
        new BatchRunner(new PageReader(limits), StoreIngest.skippingKnown(s, store), threads)
                .run(files, ingest, Progress.silent());
        Optional<CommitInfo> commit = ingest.finish(label).commit();
        long sequence = commit.map(CommitInfo::sequence).orElseGet(() -> {
            List<CommitInfo> all = store.commits();
            return all.isEmpty() ? 0 : all.getLast().sequence();
        });
        Set<String> stories = new LinkedHashSet<>();
        for (StoredArticle a : store.articles(List.copyOf(articles))) {
            a.story().ifPresent(stories::add);
        }
        return new Report(List.copyOf(articles), rejected, List.copyOf(stories), sequence);
    }
}
