package org.dossier.server;

import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.store.opensearch.OpenSearchStore;
import org.dossier.store.opensearch.OpenSearchTestNode;

/**
 * The API contract over the OpenSearch store, on a real OpenSearch node started for the tests (in a
 * child JVM, loopback only, stopped when the tests end).
 */
class OpenSearchServerApiIT extends ServerApiContract {

    @Override
    protected StoreFixture fixture() {
        return new StoreFixture() {
            private String location;

            @Override
            public Store create() {
                location = OpenSearchTestNode.get().location("server-api");
                OpenSearchStore.drop(location);
                return Stores.open(location, Store.Access.READ_WRITE);
            }

            @Override
            public void close() {
                if (location != null) {
                    OpenSearchStore.drop(location);
                }
            }
        };
    }
}
