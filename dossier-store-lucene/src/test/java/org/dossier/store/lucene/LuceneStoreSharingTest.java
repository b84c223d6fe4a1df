package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreBusyException;
import org.dossier.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, readers beside it: what a second writer is told, and when readers see a commit. */
class LuceneStoreSharingTest {

    @Test
    void aSecondWriterIsToldWhoHoldsTheStoreAndWhatElseItCanDo(@TempDir Path dir) {
        String location = dir.resolve("store").toString();
        try (Store first = Stores.open(location, Store.Access.READ_WRITE)) {
            StoreBusyException e = assertThrows(StoreBusyException.class,
                    () -> Stores.open(location, Store.Access.READ_WRITE));
            String m = e.getMessage();
            assertTrue(m.contains(location), m);
            assertTrue(m.contains("pid " + ProcessHandle.current().pid()), "names the holder: " + m);
            assertTrue(m.contains("wait"), "says to wait: " + m);
            assertTrue(m.contains("POST /api/ingest"), "names the server's ingest API: " + m);
            try (Store reader = Stores.open(location, Store.Access.READ_ONLY)) {
                assertEquals(0, reader.stats().articles(), "readers are welcome beside the writer");
            }
        }
        assertTrue(Files.notExists(dir.resolve("store").resolve(LuceneStore.WRITER_NOTE)), "the note goes with the lock");
        Stores.open(location, Store.Access.READ_WRITE).close();
    }

    @Test
    void aReadOnlyStoreSeesAnotherWritersCommitOnItsNextRead(@TempDir Path dir) {
        String location = dir.resolve("store").toString();
        try (Store writer = Stores.open(location, Store.Access.READ_WRITE);
             Store reader = Stores.open(location, Store.Access.READ_ONLY)) {
            assertEquals(0, reader.stats().articles());
            writer.add(batch("first", LuceneStoreTest.BRIDGE));
            assertEquals(1, reader.stats().articles(), "no wait: the next read sees the commit");
            writer.add(batch("second", LuceneStoreTest.FLOOD));
            assertEquals(2, reader.commits().size());
            assertTrue(reader.article(LuceneStoreTest.id(LuceneStoreTest.FLOOD)).isPresent());
        }
    }

    private static StoreBatch batch(String label, org.dossier.model.AnalysedArticle a) {
        DossierResult r = Newsroom.result(List.of(a), List.of(List.of(0)));
        return new StoreBatch(r, Map.of(), label);
    }
}
