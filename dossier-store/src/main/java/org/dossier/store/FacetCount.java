package org.dossier.store;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value what a filter on this facet takes (an outlet name, an entity or story id, a language code, a month)
 * @param label what to show people (the same as {@code value} except for entities and stories)
 * @param count matching articles with this value, at least one
 */
public record FacetCount(String value, String label, long count) {

    public FacetCount {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a facet value must not be blank, got " + value);
        }
        if (label == null || label.isBlank()) {
            label = value;
        }
        if (count < 1) {
            throw new IllegalArgumentException("a facet count is at least 1, got " + count + " for " + value);
        }
    }
}
