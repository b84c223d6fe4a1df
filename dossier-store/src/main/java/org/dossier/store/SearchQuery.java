package org.dossier.store;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article search. The store does not embed text: for {@link SearchMode#SEMANTIC} and
 * {@link SearchMode#HYBRID} the caller passes the query's embedding (same model and dimension as the
 * stored ones). Blank text in {@link SearchMode#FULL_TEXT} matches every article, newest first, which
 * with filters and facets is a browse.
 *
 * @param text    the words to look for; may be blank
 * @param mode    how to rank
 * @param vector  the query's unit-length embedding; required unless the mode is full text
 * @param filters what to restrict to
 * @param facets  which facet counts to return (over every matching article, not just this page)
 * @param offset  hits to skip, at least 0
 * @param limit   hits to return, 1 to {@link #MAX_LIMIT}; {@code offset + limit} at most {@link #MAX_WINDOW}
 */
public record SearchQuery(String text, SearchMode mode, Optional<float[]> vector, SearchFilters filters,
                          Set<Facet> facets, int offset, int limit) {

    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 1000;
    /**
     * The deepest any list pages, in every backend: {@code offset + limit} at most this. It is
     * OpenSearch's default {@code index.max_result_window}; past it a page costs a queue of
     * {@code offset + limit} hits per request, and nobody reads page 500 of a search.
     */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(filters, "filters");
        facets = Set.copyOf(facets);
        if (mode != SearchMode.FULL_TEXT && vector.isEmpty()) {
            throw new IllegalArgumentException(mode + " search needs the query's embedding");
        }
        if (vector.isPresent() && vector.get().length == 0) {
            throw new IllegalArgumentException("the query embedding is empty");
        }
        requirePage(offset, limit);
    }

    /**
     * Checks one page of a list: offset at least 0, limit 1..{@link #MAX_LIMIT}, and
     * {@code offset + limit} at most {@link #MAX_WINDOW} (so it cannot overflow either).
     *
     * @throws IllegalArgumentException naming the values otherwise
     */
    public static void requirePage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset > MAX_WINDOW - limit) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW + ", got offset "
                    + offset + " and limit " + limit);
        }
    }

    /** A full-text query for the first {@code limit} hits, no filters, no facets. */
    public static SearchQuery fullText(String text, int limit) {
        return new SearchQuery(text, SearchMode.FULL_TEXT, Optional.empty(), SearchFilters.NONE, Set.of(), 0, limit);
    }

    public SearchQuery withFilters(SearchFilters f) {
        return new SearchQuery(text, mode, vector, f, facets, offset, limit);
    }

    public SearchQuery withFacets(Set<Facet> f) {
        return new SearchQuery(text, mode, vector, filters, f, offset, limit);
    }

    public SearchQuery withMode(SearchMode m, Optional<float[]> v) {
        return new SearchQuery(text, m, v, filters, facets, offset, limit);
    }

    public SearchQuery withPage(int from, int size) {
        return new SearchQuery(text, mode, vector, filters, facets, from, size);
    }
}
