package org.dossier.server.api;

import java.util.List;
import java.util.Objects;
import org.dossier.ingest.InputFile;
import org.dossier.model.Rejection;

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
