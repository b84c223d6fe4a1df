package org.dossier.server;

import org.dossier.store.Store;

/**
 * Makes the store a server test runs over, so one API test suite runs against every backend:
 * {@link LuceneServerApiIT} for the embedded store, a subclass per other backend.
 */
public interface StoreFixture extends AutoCloseable {

    /** A new, empty store, opened as {@code dossier serve} opens it. */
    Store create() throws Exception;

    /** How uploads write to the store {@link #create()} made: through it, unless the backend says otherwise. */
    default WriteAccess writes(Store store) {
        return WriteAccess.through(store);
    }

    /** Frees what {@link #create()} started (a node, a directory); the store is closed by then. */
    @Override
    default void close() throws Exception {
    }
}
