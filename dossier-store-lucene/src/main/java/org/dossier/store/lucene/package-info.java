/**
 * The embedded store: one Lucene index per directory holding articles, entities, quotes, stories
 * (with their claims and timelines), reuse pairs and the commit log, each batch one Lucene commit.
 * Ranks by BM25, HNSW vector similarity, or their reciprocal rank fusion. Knows nothing of the
 * pipeline: it stores and searches what the application hands it.
 */
package org.dossier.store.lucene;
