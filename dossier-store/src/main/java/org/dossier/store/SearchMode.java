package org.dossier.store;

/**
 * How a search ranks articles.
 * <ul>
 *   <li>{@link #FULL_TEXT}: BM25 over title, subtitle and body;</li>
 *   <li>{@link #SEMANTIC}: nearest article embeddings to the query's vector;</li>
 *   <li>{@link #HYBRID}: both lists fused (the backend documents how, e.g. reciprocal rank fusion).</li>
 * </ul>
 */
public enum SearchMode {
    FULL_TEXT, SEMANTIC, HYBRID
}
