package org.dossier.store;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How much a store holds.
 *
 * @param articles  stored articles
 * @param entities  stored entities
 * @param quotes    stored quotes
 * @param stories   stored stories
 * @param claims    stored claims
 * @param reuses    stored reuse pairs
 * @param commits   commits so far
 * @param dimension the embeddings' dimension, once any embedding is stored
 */
public record StoreStats(long articles, long entities, long quotes, long stories, long claims, long reuses,
                         long commits, OptionalInt dimension) {

    public StoreStats {
        if (articles < 0 || entities < 0 || quotes < 0 || stories < 0 || claims < 0 || reuses < 0 || commits < 0) {
            throw new IllegalArgumentException("store counts must not be negative");
        }
        Objects.requireNonNull(dimension, "dimension");
    }
}
