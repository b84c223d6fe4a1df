/**
 * The glue between a dossier run and the store: which inputs the store already holds, the article
 * vectors for semantic search, the stored stories a run's new articles may join, and the batch that
 * re-runs the cross-article stages over both and commits it. No pipeline stage imports this package.
 */
package org.dossier.storeapp;
