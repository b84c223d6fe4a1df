package org.dossier.server;

import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.Stores;

/**
 * How {@code dossier serve} holds a store so that it shares it with other writers: reads go through
 * a read-only store, which sees every commit (its own uploads' and other processes') on its next
 * read; uploads write through {@link WriteAccess#perWrite}, so the write lock is held only during an
 * upload. One writer at a time, any number of readers.
 */
public final class ServedStore {
    private ServedStore() {
    }

    /**
     * The store at {@code location}, read-only; when there is none yet, an empty one is made first
     * (the one moment a starting server writes).
     *
     * @throws StoreException when it can be neither read nor made
     */
    public static Store open(String location) {
        try {
            return Stores.open(location, Store.Access.READ_ONLY);
        } catch (StoreException none) {
            // nothing there yet (or unreadable: then making it fails with its own message)
            Stores.open(location, Store.Access.READ_WRITE).close();
            return Stores.open(location, Store.Access.READ_ONLY);
        }
    }

    /** Uploads' access to the store at {@code location}: opened for writing per upload. */
    public static WriteAccess writes(String location) {
        return WriteAccess.perWrite(location);
    }
}
