package org.dossier.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dossier.store.Store;
import org.dossier.store.Stores;

/** The API contract over the embedded Lucene store, in a temporary directory. */
class LuceneServerApiIT extends ServerApiContract {

    @Override
    protected StoreFixture fixture() {
        return new StoreFixture() {
            private Path dir;

            @Override
            public Store create() throws Exception {
                dir = Files.createTempDirectory("dossier-server-it-");
                return Stores.open(dir.resolve("store").toString(), Store.Access.READ_WRITE);
            }

            @Override
            public void close() throws Exception {
                if (dir != null) {
                    try (Stream<Path> all = Files.walk(dir)) {
                        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        };
    }
}
