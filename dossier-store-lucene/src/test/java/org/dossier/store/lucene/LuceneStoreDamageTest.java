package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.AnalysedArticle;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreException;
import org.dossier.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a store whose files are damaged on disk (truncated by a full disk or a bad copy) still
 * opens when it can, on its newest intact commit, and says what it set aside; when it cannot, it says
 * so in a sentence.
 */
class LuceneStoreDamageTest {
    @TempDir
    Path dir;

    private String threeCommits() {
        String location = dir.resolve("store").toString();
        try (Store s = Stores.open(location, Store.Access.READ_WRITE)) {
            s.add(batch("first", LuceneStoreTest.BRIDGE));
            s.add(batch("second", LuceneStoreTest.FLOOD));
            s.add(batch("third", LuceneStoreTest.DELAY));
        }
        return location;
    }

    @Test
    void aTruncatedFileOfTheLastCommitFallsBackToTheCommitBeforeAndAReRunRestoresIt() throws IOException {
        String location = threeCommits();
        for (Path file : onlyInLastCommit()) {
            truncate(file);
        }

        try (Store s = Stores.open(location, Store.Access.READ_ONLY)) {
            assertEquals(2, s.commits().size(), "a reader sees the commit before the damaged one");
            assertEquals(2, s.stats().articles());
            assertTrue(s.notices().getFirst().contains("damaged"), s.notices().toString());
        }
        try (Store s = Stores.open(location, Store.Access.READ_WRITE)) {
            assertEquals(2, s.commits().size());
            assertTrue(s.article(LuceneStoreTest.id(LuceneStoreTest.FLOOD)).isPresent());
            assertTrue(s.article(LuceneStoreTest.id(LuceneStoreTest.DELAY)).isEmpty(), "nothing of the damaged commit");
            String notice = s.notices().getFirst();
            assertTrue(notice.contains("commit 2") && notice.contains("inputs again"), notice);
            assertTrue(notice.contains(CommitRecovery.DAMAGED), "says where the damaged commit went: " + notice);
            s.add(batch("third again", LuceneStoreTest.DELAY));
        }
        try (Store s = Stores.open(location, Store.Access.READ_WRITE)) {
            assertEquals(3, s.stats().articles());
            assertEquals(List.of(), s.notices(), "the damaged commit is gone for good");
        }
    }

    @Test
    void aFileEveryKeptCommitNeedsTruncatedIsASentenceNamingWhatToDo() throws IOException {
        String location = threeCommits();
        truncate(inEveryCommit());
        for (Store.Access access : Store.Access.values()) {
            StoreException e = assertThrows(StoreException.class, () -> Stores.open(location, access));
            assertTrue(e.getMessage().contains("no intact commit"), e.getMessage());
            assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
        }
    }

    @Test
    void theStoreKeepsItsLastTwoCommitsOnDisk() throws IOException {
        threeCommits();
        try (FSDirectory d = FSDirectory.open(index())) {
            assertEquals(LuceneStore.KEPT_COMMITS, DirectoryReader.listCommits(d).size());
        }
    }

    private Path index() {
        return dir.resolve("store").resolve(LuceneStore.INDEX);
    }

    private List<Set<String>> filesByCommit() throws IOException {
        List<Set<String>> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(index())) {
            for (IndexCommit c : DirectoryReader.listCommits(d)) {
                Collection<String> files = c.getFileNames();
                Set<String> data = new HashSet<>();
                files.stream().filter(f -> !f.startsWith("segments")).forEach(data::add);
                out.add(data);
            }
        }
        return out;
    }

    /** The files the last commit has that the one before does not, its segment info among them. */
    private List<Path> onlyInLastCommit() throws IOException {
        List<Set<String>> commits = filesByCommit();
        Set<String> fresh = new HashSet<>(commits.getLast());
        fresh.removeAll(commits.get(commits.size() - 2));
        assertTrue(fresh.stream().anyMatch(f -> f.endsWith(".si")), "a whole new segment: " + fresh);
        return fresh.stream().map(index()::resolve).toList();
    }

    /** The largest file every kept commit has. */
    private Path inEveryCommit() throws IOException {
        List<Set<String>> commits = filesByCommit();
        Set<String> shared = new HashSet<>(commits.getFirst());
        commits.forEach(shared::retainAll);
        return largest(shared);
    }

    private Path largest(Set<String> names) throws IOException {
        assertTrue(!names.isEmpty(), "a file to damage");
        Path biggest = null;
        for (String n : names) {
            Path p = index().resolve(n);
            if (biggest == null || Files.size(p) > Files.size(biggest)) {
                biggest = p;
            }
        }
        return biggest;
    }

    private static void truncate(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
    }

    private static StoreBatch batch(String label, AnalysedArticle a) {
        return new StoreBatch(Newsroom.result(List.of(a), List.of(List.of(0))), Map.of(), label);
    }
}
