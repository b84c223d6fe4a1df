/**
 * The store's backend-neutral API: {@link org.dossier.store.Store} holds analysed articles and their
 * cross-article results, answers full-text, semantic and hybrid searches, and serves stories as
 * dossiers. Backends (Lucene embedded, OpenSearch) live in their own modules and are found by the
 * location's scheme through {@link org.dossier.store.StoreProvider}; this package depends on the model
 * only and does no I/O itself.
 */
package org.dossier.store;
