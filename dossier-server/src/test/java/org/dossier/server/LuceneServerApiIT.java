package org.dossier.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dossier.store.Store;

/**
 * The API contract over the embedded Lucene store, in a temporary directory, held as {@code dossier
 * serve} holds it: read through a read-only store, written per upload ({@link ServedStore}).
 */
class LuceneServerApiIT extends ServerApiContract {

    @Override
    protected StoreFixture fixture() {
        return new StoreFixture() {
            private Path dir;

            @Override
            public Store create() throws Exception {
                dir = Files.createTempDirectory("dossier-server-it-");
                return ServedStore.open(location());
            }

            @Override
            public WriteAccess writes(Store store) {
                return ServedStore.writes(location());
            }

            private String location() {
                return dir.resolve("store").toString();
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
