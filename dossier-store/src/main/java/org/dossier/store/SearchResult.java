package org.dossier.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A page of search hits with the facet counts asked for.
 *
 * @param total  matching articles (for semantic and hybrid, the candidates considered)
 * @param hits   this page, best first
 * @param facets per facet asked for, its values by count (highest first, then by value)
 * @param micros how long the search took in the store, in microseconds
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, long micros) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(copy);
        if (total < hits.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + hits.size() + " hits");
        }
    }
}
