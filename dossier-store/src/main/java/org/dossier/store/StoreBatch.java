package org.dossier.store;

import java.util.Map;
import java.util.Objects;
import org.dossier.model.DossierResult;

/**
 * What one analyse run (or one batch of it) hands the store, applied by {@link Store#add} as one
 * commit. The result's articles are the run's new articles plus any stored articles it re-ran the
 * cross-article stages over; its stories, entities, claims and timeline are computed over all of them.
 *
 * @param result     the cross-article result to store
 * @param embeddings per article id, its unit-length embedding for semantic search; articles without
 *                   one are found by full text only. All vectors of a store have one dimension.
 * @param label      what the batch came from, for the commit log (e.g. the inputs), not blank
 */
public record StoreBatch(DossierResult result, Map<String, float[]> embeddings, String label) {

    public StoreBatch {
        Objects.requireNonNull(result, "result");
        embeddings = Map.copyOf(embeddings);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a batch label must not be blank, got " + label);
        }
        Integer dim = null;
        for (Map.Entry<String, float[]> e : embeddings.entrySet()) {
            if (e.getValue().length == 0) {
                throw new IllegalArgumentException("embedding of " + e.getKey() + " is empty");
            }
            if (dim != null && dim != e.getValue().length) {
                throw new IllegalArgumentException("embeddings differ in dimension: " + dim + " and "
                        + e.getValue().length + " (article " + e.getKey() + ")");
            }
            dim = e.getValue().length;
        }
    }
}
