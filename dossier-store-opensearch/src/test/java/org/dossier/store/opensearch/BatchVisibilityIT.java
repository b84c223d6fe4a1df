package org.dossier.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * What OpenSearch can promise about batches: a reader polling while a large batch is written sees
 * the store before it or after it, never a part of it.
 */
class BatchVisibilityIT {

    @Test
    void aReaderNeverSeesPartOfABatch() throws Exception {
        String location = OpenSearchTestNode.get().location("visibility");
        OpenSearchStore.drop(location);
        Random random = new Random(3);
        try (Store writer = Stores.open(location, Store.Access.READ_WRITE);
             Store reader = Stores.open(location, Store.Access.READ_ONLY)) {
            writer.add(SemanticSearchBench.batch(random, 0, 10));
            List<String> ids = List.of(String.format("%016x", 0x1000000L + 10), String.format("%016x", 0x1000000L + 2009));
            Set<Long> totals = new TreeSet<>();
            Set<Integer> known = new TreeSet<>();
            List<Long> commits = new ArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread poll = new Thread(() -> {
                while (writing.get()) {
                    totals.add(reader.search(SearchQuery.fullText("", 1)).total());
                    known.add(reader.knownArticles(ids).size());
                    commits.add((long) reader.commits().size());
                }
            });
            poll.start();
            writer.add(SemanticSearchBench.batch(random, 10, 2000));
            writing.set(false);
            poll.join();
            totals.add(reader.search(SearchQuery.fullText("", 1)).total());
            known.add(reader.knownArticles(ids).size());
            assertTrue(commits.size() > 3, "the reader polled during the write: " + commits.size());
            assertEquals(Set.of(10L, 2010L), totals, "article counts seen");
            assertEquals(Set.of(0, 2), known, "the first and last article of the batch appear together");
        } finally {
            OpenSearchStore.drop(location);
        }
    }
}
