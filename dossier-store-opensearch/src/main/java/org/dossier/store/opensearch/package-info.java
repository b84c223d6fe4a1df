/**
 * The store on an OpenSearch cluster ({@code opensearch://host:port/index}): one index per kind of
 * record under the given name, BM25 and filters and aggregation facets in the cluster, semantic
 * search by exact cosine in the cluster. Talks to the cluster over HTTP only; knows nothing of the
 * pipeline, the server or the embedded Lucene store.
 */
package org.dossier.store.opensearch;
