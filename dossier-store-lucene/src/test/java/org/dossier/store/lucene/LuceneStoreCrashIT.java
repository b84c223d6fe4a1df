package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Ids;
import org.dossier.store.CommitInfo;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with SIGKILL in the middle of a batch and opens what it left: every batch it
 * had committed is there whole, nothing of the one in flight is, and the store takes new batches.
 */
class LuceneStoreCrashIT {

    @Test
    void aWriterKilledMidBatchLeavesEveryEarlierCommitIntact(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new ArrayList<>();
        int committed = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                said.add(line);
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring(10));
                }
                if (line.equals("adding 4")) {
                    // a batch of 1,500 articles takes well over this to index and commit
                    Thread.sleep(400);
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
        assertEquals(3, committed, "the child got through three batches before it was killed: " + said);

        try (Store s = Stores.open(store.toString(), Store.Access.READ_WRITE)) {
            List<CommitInfo> commits = s.commits();
            int kept = commits.size();
            assertTrue(kept == 3 || kept == 4, "the three acknowledged commits, perhaps the fourth: " + commits);
            for (int i = 0; i < kept; i++) {
                assertEquals(i + 1, commits.get(i).sequence());
            }
            assertEquals((long) kept * CrashingWriter.ARTICLES_PER_BATCH, s.stats().articles(),
                    "whole batches only, never a part of one");
            for (int b = 1; b <= kept; b++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < CrashingWriter.ARTICLES_PER_BATCH; i++) {
                    ids.add(Ids.of("article", CrashingWriter.title(b, i)));
                }
                assertEquals(ids.size(), s.knownArticles(ids).size(), "batch " + b + " is whole");
            }
            assertFalse(s.knownArticles(List.of(Ids.of("article", CrashingWriter.title(kept + 1, 0)))).iterator().hasNext());
            assertEquals(kept * CrashingWriter.ARTICLES_PER_BATCH, s.search(SearchQuery.fullText("quill", 1)).total());
            s.add(new StoreBatch(Newsroom.result(List.of(LuceneStoreTest.DELAY), List.of(List.of(0))), Map.of(), "after"));
            assertEquals(kept + 1, s.commits().size());
        }
    }
}
