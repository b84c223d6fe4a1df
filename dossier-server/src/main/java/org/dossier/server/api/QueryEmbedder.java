package org.dossier.server.api;

/**
 * Turns a query's words into the unit-length vector semantic and hybrid search compare with the
 * stored article embeddings (the same model that embedded the articles). Thread-safe.
 */
@FunctionalInterface
public interface QueryEmbedder {
    float[] embed(String text);
}
