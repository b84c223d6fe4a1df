package org.dossier.cli;

import org.dossier.server.Http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.cli.DossierCli;
import org.dossier.cli.StoreContent;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's fault injection for uploads: a {@code dossier serve} child JVM takes three uploads, one
 * after the other, and is killed with SIGKILL at a seeded random moment of them. After each kill the
 * store opens, holds exactly the content of its last commit (what a clean server gives after that many
 * uploads), and adding the same pages again converges to the clean content. The server
 * runs without the language layer and embeddings: what is tested is how the store survives.
 */
class UploadFaultIT {
    static final int RUNS = 20;
    private static final long SEED = 1414;
    private static final String TOKEN = "fault-test-token-0123456789";
    private static final List<List<String>> BATCHES = List.of(
            List.of("01_kpa_wire.html", "02_coastline_daily.txt", "03_marrowick_courier.txt"),
            List.of("04_northern_ledger.html", "05_tidewater_post.txt", "06_radio_kelvarra.html"),
            List.of("07_courier_sport.txt", "08_pellworth_gazette.html"));

    @TempDir
    static Path tmp;
    private static List<List<Path>> batches;
    private static List<String> clean;
    /** In the clean run, milliseconds from the first upload to the end of each. */
    private static long[] endMillis;

    @BeforeAll
    static void uploadToACleanServer() throws Exception {
        Path examples = examples();
        batches = new ArrayList<>();
        for (List<String> names : BATCHES) {
            batches.add(names.stream().map(n -> examples.resolve("corpus").resolve(n)).toList());
        }
        Path store = tmp.resolve("clean");
        clean = new ArrayList<>();
        clean.add("");
        endMillis = new long[BATCHES.size()];
        ServeChild server = Server.start(store);
        try {
            long start = System.nanoTime();
            for (int b = 0; b < batches.size(); b++) {
                assertEquals(200, server.http().upload("/api/ingest", TOKEN, batches.get(b)).status());
                endMillis[b] = (System.nanoTime() - start) / 1_000_000;
                clean.add(content(store));
            }
        } finally {
            server.kill();
        }
        try (Store empty = Stores.open(tmp.resolve("empty").toString(), Store.Access.READ_WRITE)) {
            clean.set(0, StoreContent.of(empty));
        }
    }

    @Test
    void aServerKilledMidUploadLeavesItsLastCommitAndTheSameUploadsConverge() throws Exception {
        Random random = new Random(SEED);
        int[] stoppedAfter = new int[BATCHES.size() + 1];
        for (int run = 0; run < RUNS; run++) {
            Path store = tmp.resolve(String.format(Locale.ROOT, "killed-%02d", run));
            long delay = (long) (random.nextDouble() * endMillis[endMillis.length - 1]);
            ServeChild server = Server.start(store);
            CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> {
                for (List<Path> batch : batches) {
                    server.http().upload("/api/ingest", TOKEN, batch);
                }
            });
            Thread.sleep(delay);
            server.kill();
            uploads.exceptionally(e -> null).get(1, TimeUnit.MINUTES);

            int commits;
            String content;
            try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
                commits = s.commits().size();
                content = StoreContent.of(s);
            }
            assertEquals(clean.get(commits), content,
                    "run " + run + " (killed after " + delay + " ms): exactly the last commit, " + commits);
            stoppedAfter[commits]++;
            // the same pages again, by the command line this time (the same pipeline, a quicker start)
            for (List<Path> batch : batches) {
                assertEquals(0, DossierCli.run(Stream.concat(Stream.of("analyze"), Stream.concat(batch.stream().map(Path::toString),
                        Stream.of("--store", store.toString(), "--no-nlp", "--no-embeddings", "-q"))).toArray(String[]::new)));
            }
            assertEquals(clean.getLast(), content(store), "run " + run + " converges when the pages are added again");
        }
        System.out.printf(Locale.ROOT, "FIGURE %d upload kill -9 runs (clean uploads end at %s ms): stopped after"
                        + " 0/1/2/3 commits: %d/%d/%d/%d%n", RUNS, java.util.Arrays.toString(endMillis),
                stoppedAfter[0], stoppedAfter[1], stoppedAfter[2], stoppedAfter[3]);
    }

    private static String content(Path store) {
        return StoreContent.of(store.toString());
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/expected.json"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    /** The serve child, as this test starts it: without the language layer and embeddings. */
    private static final class Server {
        static ServeChild start(Path store) throws IOException {
            return ServeChild.start(store, TOKEN, "1g", "--no-nlp", "--no-embeddings", "--threads", "1");
        }
    }
}
