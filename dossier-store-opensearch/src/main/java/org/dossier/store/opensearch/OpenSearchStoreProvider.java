package org.dossier.store.opensearch;

import org.dossier.store.Store;
import org.dossier.store.StoreProvider;

/** Serves {@code opensearch://host:port/index} locations (found through {@link java.util.ServiceLoader}). */
public final class OpenSearchStoreProvider implements StoreProvider {

    @Override
    public String scheme() {
        return "opensearch";
    }

    @Override
    public Store open(String location, Store.Access access) {
        return OpenSearchStore.open(location, access);
    }
}
