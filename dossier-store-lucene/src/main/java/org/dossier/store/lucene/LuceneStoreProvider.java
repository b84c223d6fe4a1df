package org.dossier.store.lucene;

import org.dossier.store.Store;
import org.dossier.store.StoreProvider;

/** The {@code lucene} backend: a store in a local directory. */
public final class LuceneStoreProvider implements StoreProvider {

    @Override
    public String scheme() {
        return "lucene";
    }

    @Override
    public Store open(String location, Store.Access access) {
        return LuceneStore.open(location, access);
    }
}
