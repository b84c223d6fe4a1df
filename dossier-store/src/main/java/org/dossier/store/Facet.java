package org.dossier.store;

/**
 * What search results can be counted by. Entity facets count entity ids (labelled with the
 * canonical name); {@link #MONTH} counts publication months as {@code yyyy-MM}.
 */
public enum Facet {
    OUTLET, PERSON, ORGANIZATION, PLACE, STORY, LANGUAGE, MONTH
}
