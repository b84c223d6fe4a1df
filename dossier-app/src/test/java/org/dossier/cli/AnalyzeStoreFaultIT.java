package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's fault injection for {@code analyze --store}: a child JVM adds three batches of pages to a
 * store, one {@code analyze} after the other, and is killed with SIGKILL at a seeded random moment of its runs.
 * After each kill the store opens, holds exactly the content of its last commit (the content a clean
 * run of that many batches gives), and re-running every batch converges to the clean run's content.
 * The runs skip the language layer and embeddings: what is tested is how the store survives, and a
 * faster run puts more kills inside commits.
 */
class AnalyzeStoreFaultIT {
    /** Seeded kill runs; docs/RELIABILITY.md gives what they found. */
    static final int RUNS = 20;
    private static final long SEED = 14;
    private static final List<List<String>> BATCHES = List.of(
            List.of("01_kpa_wire.html", "02_coastline_daily.txt", "03_marrowick_courier.txt"),
            List.of("04_northern_ledger.html", "05_tidewater_post.txt", "06_radio_kelvarra.html"),
            List.of("07_courier_sport.txt", "08_pellworth_gazette.html"));

    @TempDir
    static Path tmp;
    private static List<Path> batches;
    /** The content of a clean store after 0, 1, 2 and 3 batches. */
    private static List<String> clean;
    /** In the clean child run, milliseconds from ready to the start of each batch and to its end. */
    private static long[] startMillis;
    private static long[] endMillis;

    @BeforeAll
    static void buildCleanReferences() throws IOException {
        batches = new ArrayList<>();
        for (int b = 0; b < BATCHES.size(); b++) {
            Path dir = tmp.resolve("batch-" + (b + 1));
            for (String page : BATCHES.get(b)) {
                Dossiers.copyExample(page, dir.resolve(page));
            }
            batches.add(dir);
        }
        Path store = tmp.resolve("clean");
        clean = new ArrayList<>();
        try (Store empty = Stores.open(store.toString(), Store.Access.READ_WRITE)) {
            clean.add(StoreContent.of(empty));
        }
        Process child = child(store);
        BufferedReader said = awaitReady(child);
        long ready = System.nanoTime();
        startMillis = new long[BATCHES.size()];
        endMillis = new long[BATCHES.size()];
        for (String line = said.readLine(); line != null; line = said.readLine()) {
            if (!line.matches("[sd]\\d")) {
                continue;
            }
            int batch = Integer.parseInt(line.substring(1));
            long at = (System.nanoTime() - ready) / 1_000_000;
            (line.startsWith("s") ? startMillis : endMillis)[batch] = at;
        }
        assertTrue(finished(child), "a clean child run finishes");
        assertEquals(0, child.exitValue(), "a clean child run succeeds");
        // the clean references, batch by batch, in this JVM
        Path stepwise = tmp.resolve("stepwise");
        for (Path batch : batches) {
            assertEquals(0, analyze(batch, stepwise).code());
            clean.add(StoreContent.of(stepwise.toString()));
        }
        assertEquals(clean.getLast(), StoreContent.of(store.toString()), "the child's run equals the stepwise one");
    }

    @Test
    void aStoreKilledAtRandomMomentsHoldsItsLastCommitAndConvergesOnReRun() throws Exception {
        Random random = new Random(SEED);
        int[] killedAfterCommits = new int[BATCHES.size() + 1];
        for (int run = 0; run < RUNS; run++) {
            Path store = tmp.resolve(String.format(Locale.ROOT, "killed-%02d", run));
            // a batch at random, then a moment in it: half the time in its last third, where it commits
            int batch = random.nextInt(BATCHES.size());
            long length = endMillis[batch] - startMillis[batch];
            long delay = startMillis[batch] + (long) (random.nextBoolean() ? random.nextDouble() * length
                    : length * (2 + random.nextDouble()) / 3);
            Process child = child(store);
            awaitReady(child);
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
            }
            assertTrue(finished(child));
            if (!Files.exists(store)) {
                killedAfterCommits[0]++;
                continue;
            }
            int commits;
            String content;
            try (Store s = Stores.open(store.toString(), Store.Access.READ_WRITE)) {
                commits = s.commits().size();
                content = StoreContent.of(s);
            }
            assertTrue(commits <= BATCHES.size(), "run " + run + ": " + commits + " commits");
            assertEquals(clean.get(commits), content,
                    "run " + run + " (killed after " + delay + " ms): the store holds exactly its last commit, " + commits);
            killedAfterCommits[commits]++;
            for (Path each : batches) {
                CliRun again = analyze(each, store);
                assertEquals(0, again.code(), again.err());
            }
            assertEquals(clean.getLast(), StoreContent.of(store.toString()), "run " + run + " converges on re-run");
        }
        System.out.printf(Locale.ROOT, "%d kill -9 runs (clean batches end at %s ms): stopped after 0/1/2/3 commits: %d/%d/%d/%d%n",
                RUNS, java.util.Arrays.toString(endMillis), killedAfterCommits[0], killedAfterCommits[1], killedAfterCommits[2], killedAfterCommits[3]);
    }

    @Test
    void aTruncatedSegmentOfTheLastCommitIsSetAsideSaidAndRestoredByAReRun() throws IOException {
        Path store = tmp.resolve("truncated");
        for (Path batch : batches) {
            assertEquals(0, analyze(batch, store).code());
        }
        Path index = store.resolve("index");
        Set<String> before = new HashSet<>();
        Set<String> last = new HashSet<>();
        try (FSDirectory d = FSDirectory.open(index)) {
            List<IndexCommit> commits = DirectoryReader.listCommits(d);
            before.addAll(commits.get(commits.size() - 2).getFileNames());
            last.addAll(commits.getLast().getFileNames());
        }
        last.removeAll(before);
        last.removeIf(f -> f.startsWith("segments"));
        for (String f : last) {
            try (FileChannel ch = FileChannel.open(index.resolve(f), StandardOpenOption.WRITE)) {
                ch.truncate(ch.size() / 2);
            }
        }

        assertEquals(clean.get(2), StoreContent.of(store.toString()), "the store holds its last intact commit");
        CliRun again = analyze(batches.getLast(), store);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("last commit is damaged on disk"), "the person is told: " + again.err());
        assertEquals(clean.getLast(), StoreContent.of(store.toString()), "a re-run converges to a clean run");
    }

    private static CliRun analyze(Path batch, Path store) {
        return CliRun.inProcess("analyze", batch.toString(), "--store", store.toString(), "--no-nlp", "--no-embeddings", "-q");
    }

    /** A child JVM that adds the three batches to {@code store}, one analyze run after the other. */
    private static Process child(Path store) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ThreeBatches.class.getName(), store.toString()));
        batches.forEach(b -> command.add(b.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the child's JVM is up and its first run starts, so kills fall among the runs. */
    private static BufferedReader awaitReady(Process child) throws IOException {
        BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", said.readLine(), "the child says it is ready");
        return said;
    }

    private static boolean finished(Process p) throws IOException {
        try {
            // only a guard so a hung child cannot hang the build
            return p.waitFor(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The child: {@code dossier analyze BATCH --store STORE} for each batch in turn, in one JVM. */
    public static final class ThreeBatches {
        public static void main(String[] args) {
            System.out.println("ready");
            for (int i = 1; i < args.length; i++) {
                System.out.println("s" + (i - 1));
                int code = DossierCli.run("analyze", args[i], "--store", args[0], "--no-nlp", "--no-embeddings", "-q");
                if (code != 0) {
                    System.exit(code);
                }
                System.out.println("d" + (i - 1));
            }
        }
    }
}
