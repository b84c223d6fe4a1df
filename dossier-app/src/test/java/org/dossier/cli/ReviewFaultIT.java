package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.model.Story;
import org.dossier.server.Http;
import org.dossier.store.Correction;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's fault injection for review writes, after {@link UploadFaultIT}: a {@code dossier serve}
 * child JVM takes a series of corrections (an article hidden from its story, one after another) and
 * is killed with SIGKILL at a seeded random moment. After each kill the store opens, its analysis is
 * untouched, its review log is a prefix of the series with every entry whole, and every correction the
 * server answered 200 is in it. Sending the series again (a repeat changes nothing) gives the whole log.
 */
class ReviewFaultIT {
    static final int RUNS = 12;
    private static final long SEED = 1717;
    private static final String TOKEN = "review-fault-token-0123456789";

    @TempDir
    static Path tmp;
    private static Path base;
    /** Story and article of each correction of the series. */
    private static List<String[]> series;
    private static String analysis;
    private static long cleanMillis;

    @BeforeAll
    static void fillAStoreAndReviewItCleanly() throws Exception {
        base = tmp.resolve("base");
        Path corpus = Dossiers.examples().resolve("corpus");
        // the corpus holds an empty page and a photo on purpose: exit 1, the eight articles stored
        assertEquals(DossierCli.SOME_REJECTED, DossierCli.run("analyze", corpus.toString(), "--store", base.toString(),
                "--no-nlp", "--no-embeddings", "-q"));
        series = new ArrayList<>();
        try (Store s = Stores.open(base.toString(), Store.Access.READ_ONLY)) {
            for (Story st : s.stories(0, 100).items()) {
                st.articles().forEach(a -> series.add(new String[] {st.id(), a}));
            }
            analysis = StoreContent.of(s);
        }
        assertTrue(series.size() >= 6, "a series of corrections: " + series.size());
        Path clean = copy("clean");
        ServeChild server = serve(clean);
        long start = System.nanoTime();
        try {
            for (String[] c : series) {
                assertEquals(200, send(server.http(), c).status());
            }
            cleanMillis = (System.nanoTime() - start) / 1_000_000;
        } finally {
            server.kill();
        }
        assertEquals(series.size(), log(clean).size());
    }

    private static Http.Answer send(Http http, String[] c) {
        return http.post("/api/stories/" + c[0] + "/articles/" + c[1] + "/hide", TOKEN, "application/json",
                "{\"by\":\"fault test\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aServerKilledMidCorrectionLosesNothingItAnsweredAndTheSeriesConverges() throws Exception {
        Random random = new Random(SEED);
        int[] stoppedAfter = new int[series.size() + 1];
        for (int run = 0; run < RUNS; run++) {
            Path store = copy(String.format(Locale.ROOT, "killed-%02d", run));
            long delay = (long) (random.nextDouble() * cleanMillis);
            ServeChild server = serve(store);
            List<String> answered = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                for (String[] c : series) {
                    Http.Answer a = send(server.http(), c);
                    if (a.status() == 200) {
                        answered.add(a.json().path("correction").path("target").asText());
                    }
                }
            });
            Thread.sleep(delay);
            server.kill();
            sending.exceptionally(e -> null).get(1, TimeUnit.MINUTES);

            List<Correction> log = log(store);
            stoppedAfter[log.size()]++;
            for (int i = 0; i < log.size(); i++) {
                assertEquals(series.get(i)[1], log.get(i).target(), "run " + run + ": the log is the series' prefix");
                assertEquals("hide", log.get(i).kind().label());
            }
            List<String> logged = log.stream().map(Correction::target).toList();
            assertTrue(logged.containsAll(answered), "run " + run + ": every answered correction is kept: " + answered
                    + " in " + logged);
            try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
                assertEquals(analysis, StoreContent.of(s), "run " + run + ": the analysis is untouched");
            }
            ServeChild again = serve(store);
            try {
                for (String[] c : series) {
                    assertEquals(200, send(again.http(), c).status());
                }
            } finally {
                again.kill();
            }
            assertEquals(series.stream().map(c -> c[1]).toList(), log(store).stream().map(Correction::target).toList(),
                    "run " + run + ": the series sent again completes the log, each correction once");
        }
        System.out.printf(Locale.ROOT, "FIGURE %d review kill -9 runs over a series of %d corrections (%d ms clean):"
                + " stopped after %s corrections%n", RUNS, series.size(), cleanMillis, java.util.Arrays.toString(stoppedAfter));
    }

    private static List<Correction> log(Path store) {
        try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
            return s.corrections();
        }
    }

    private static Path copy(String name) throws IOException {
        Path to = tmp.resolve(name);
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(base.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("writer.properties")) {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    private static ServeChild serve(Path store) throws IOException {
        return ServeChild.start(store, TOKEN, "512m", "--no-embeddings", "--threads", "1");
    }
}
