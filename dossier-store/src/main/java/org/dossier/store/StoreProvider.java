package org.dossier.store;

/**
 * A store backend, found through {@link java.util.ServiceLoader} by the scheme of a location:
 * {@code lucene} for a directory path, {@code opensearch} for {@code opensearch://host:port/index}.
 * Implementations need a public no-argument constructor and a
 * {@code META-INF/services/org.dossier.store.StoreProvider} entry.
 */
public interface StoreProvider {

    /** The location scheme this backend serves, lower case ({@code lucene}, {@code opensearch}). */
    String scheme();

    /**
     * Opens (creating when {@code access} allows and nothing is there yet) the store at
     * {@code location}, given as the user wrote it (a path for {@code lucene}, the full URI otherwise).
     *
     * @throws StoreException when the location cannot be opened, with a message naming it
     */
    Store open(String location, Store.Access access);
}
