package org.dossier.server.api;

import java.util.List;
import java.util.Objects;
import org.dossier.ingest.InputFile;
import org.dossier.model.Rejection;
import org.dossier.store.Correction;
import org.dossier.store.review.ReviewLog;

/**
 * Runs uploaded files through the same pipeline as {@code dossier analyze} and adds the result to
 * the store as one batch. Implementations take one upload at a time.
 */
@FunctionalInterface
public interface Ingester {

    /**
     * @param files the uploads, saved to disk under their given names
     * @param label what the batch came from, for the store's commit log
     */
    Report ingest(List<InputFile> files, String label);

    /**
     * Appends a reviewer's correction to the store's review log, unless the log already makes that
     * change ({@link ReviewLog#record}). The server's one writer takes uploads and corrections alike,
     * one at a time.
     *
     * @throws org.dossier.server.ApiException 503 when the store cannot be written now or at all
     */
    default ReviewLog.Recorded review(Correction correction) {
        throw new org.dossier.server.ApiException(503, "read-only", "this server does not write its store");
    }

    /**
     * What an upload gave.
     *
     * @param articles   ids of the articles extracted, in input order
     * @param rejected   inputs that gave no article, and why
     * @param stories    ids of the stories the new articles are now in
     * @param commit     the store's commit sequence after the batch
     */
    record Report(List<String> articles, List<Rejection> rejected, List<String> stories, long commit) {
        public Report {
            articles = List.copyOf(articles);
            rejected = List.copyOf(rejected);
            stories = List.copyOf(stories);
            Objects.requireNonNull(rejected, "rejected");
        }
    }
}
