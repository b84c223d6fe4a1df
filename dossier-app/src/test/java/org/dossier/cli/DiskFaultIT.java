package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's disk faults, on a real small file system (a 4 MiB tmpfs the test mounts, so it needs
 * root, as CI has): a full disk and a read-only one. After each, the store opens and holds exactly its
 * last commit, the person is told what happened in a sentence, and a re-run converges to the content
 * of a clean run.
 */
class DiskFaultIT {
    private static final List<String> FIRST = List.of("01_kpa_wire.html", "02_coastline_daily.txt", "03_marrowick_courier.txt");
    private static final List<String> SECOND = List.of("04_northern_ledger.html", "05_tidewater_post.txt");

    @TempDir
    Path tmp;
    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws IOException {
        disk = Files.createDirectories(tmp.resolve("disk"));
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root");
    }

    @AfterEach
    void unmount() {
        sh("umount", disk.toString());
    }

    private Path batch(String name, List<String> pages) {
        Path dir = tmp.resolve(name);
        pages.forEach(p -> Dossiers.copyExample(p, dir.resolve(p)));
        return dir;
    }

    private static CliRun analyze(Path batch, Path store) {
        return CliRun.inProcess("analyze", batch.toString(), "--store", store.toString(), "--no-nlp", "--no-embeddings", "-q");
    }

    /** The content of a clean store after the first batch, and after both. */
    private List<String> clean(Path first, Path second) {
        Path store = tmp.resolve("clean");
        assertEquals(0, analyze(first, store).code());
        String one = StoreContent.of(store.toString());
        assertEquals(0, analyze(second, store).code());
        return List.of(one, StoreContent.of(store.toString()));
    }

    @Test
    void aFullDiskFailsTheBatchWithASentenceAndTheStoreKeepsItsLastCommit() throws IOException {
        fullDisk(0);
    }

    @Test
    void aDiskThatFillsUpDuringTheCommitRollsTheBatchBack() throws IOException {
        // room to open the store for writing, not for the second batch's ~100 KiB of segments
        fullDisk(32 << 10);
    }

    private void fullDisk(int leftFree) throws IOException {
        Path first = batch("first", FIRST);
        Path second = batch("second", SECOND);
        List<String> clean = clean(first, second);
        Path store = disk.resolve("store");
        assertEquals(0, analyze(first, store).code());
        Path filler = fill(disk.resolve("filler"), leftFree);

        CliRun full = analyze(second, store);

        assertEquals(3, full.code(), full.err());
        assertTrue(full.err().contains("the disk is full"), full.err());
        assertTrue(full.err().contains(leftFree == 0 ? "the store is unchanged" : "the store holds its previous commit"),
                "says the store is as it was: " + full.err());
        assertFalse(full.printedStackTrace(), full.err());
        Files.delete(filler);
        try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
            assertEquals(1, s.commits().size());
            assertEquals(clean.get(0), StoreContent.of(s), "exactly the last commit");
        }
        assertEquals(0, analyze(second, store).code());
        assertEquals(clean.get(1), StoreContent.of(store.toString()), "a re-run converges to a clean run");
    }

    @Test
    void aFullDiskUnderADossierLeavesNoHalfFileUnderARealName() throws IOException {
        Path out = disk.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("articles.jsonl"), "{\"id\":\"from an earlier run\"}\n");
        Path filler = fill(disk.resolve("filler"), 0);

        CliRun full = CliRun.inProcess("analyze", batch("first", FIRST).toString(), "--out", out.toString(),
                "--no-nlp", "--no-embeddings", "-q");

        assertEquals(3, full.code(), full.err());
        assertTrue(full.err().contains("No space left on device"), full.err());
        assertFalse(full.printedStackTrace(), full.err());
        assertEquals("{\"id\":\"from an earlier run\"}\n", Files.readString(out.resolve("articles.jsonl")),
                "the earlier run's file is untouched, not truncated");
        Files.delete(filler);
    }

    @Test
    void aStoreOnAReadOnlyDiskIsSearchedButNotWrittenAndSaysWhy() {
        Path first = batch("first", FIRST);
        Path second = batch("second", SECOND);
        List<String> clean = clean(first, second);
        Path store = disk.resolve("store");
        assertEquals(0, analyze(first, store).code());
        assertTrue(sh("mount", "-o", "remount,ro", disk.toString()));

        CliRun refused = analyze(second, store);

        assertEquals(3, refused.code(), refused.err());
        assertTrue(refused.err().contains("read-only file system"), refused.err());
        assertFalse(refused.printedStackTrace(), refused.err());
        CliRun search = CliRun.inProcess("search", "--store", store.toString(), "harbour");
        assertEquals(0, search.code(), "a read-only store is still searched: " + search.err());
        assertEquals(clean.get(0), StoreContent.of(store.toString()), "exactly the last commit");
        assertTrue(sh("mount", "-o", "remount,rw", disk.toString()));
        assertEquals(0, analyze(second, store).code());
        assertEquals(clean.get(1), StoreContent.of(store.toString()), "a re-run converges to a clean run");
    }

    /** Writes zeros to {@code file} until the disk is full, then gives back {@code leftFree} bytes. */
    private static Path fill(Path file, int leftFree) throws IOException {
        byte[] block = new byte[4 << 10];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), "filled: " + full);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - leftFree));
        }
        return file;
    }

    private static boolean sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
