package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load run against a running {@code dossier serve}: {@code clients} virtual threads,
 * each sending its next request as soon as the last one answered, for a fixed time, alternating
 * between a search ({@code /api/search?q=WORD}) and a story's dossier ({@code /api/stories/ID}).
 * Words and story ids come from the server's own story list; each client's choices are seeded.
 * A 503 with {@code Retry-After} (the server's admission gate is full) counts as busy: the client
 * waits as told and tries again, and the answer is left out of the latencies. Any other answer
 * but 200, and any exception, counts as an error.
 */
public final class ServeLoad {
    /** What one run measured. Latencies in milliseconds. */
    public record Result(int clients, double seconds, long requests, long errors, long busy, Latency search,
                         Latency story, Latency all, List<String> firstErrors) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    /** Percentiles of one kind of request, in milliseconds. */
    public record Latency(long count, double p50, double p95, double p99, double max) {
        static Latency of(long[] nanos) {
            if (nanos.length == 0) {
                return new Latency(0, 0, 0, 0, 0);
            }
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Latency(s.length, ms(pct(s, 0.50)), ms(pct(s, 0.95)), ms(pct(s, 0.99)), ms(s[s.length - 1]));
        }

        private static long pct(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final HttpClient http;

    public ServeLoad(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Runs {@code clients} loops for {@code seconds}, after {@code warmupSeconds} of the same untimed. */
    public Result run(int clients, double seconds, double warmupSeconds) throws IOException, InterruptedException {
        Targets t = targets();
        if (warmupSeconds > 0) {
            loop(t, clients, warmupSeconds);
        }
        return loop(t, clients, seconds);
    }

    private Result loop(Targets t, int clients, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<long[][]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                futures.add(pool.submit(() -> client(t, random, end, errors, busy, firstErrors)));
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        List<long[]> search = new ArrayList<>();
        List<long[]> story = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            try {
                long[][] r = f.get();
                search.add(r[0]);
                story.add(r[1]);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed", e.getCause());
            }
        }
        long[] s = concat(search);
        long[] st = concat(story);
        long[] all = concat(List.of(s, st));
        return new Result(clients, took, all.length, errors.get(), busy.get(), Latency.of(s), Latency.of(st), Latency.of(all),
                List.copyOf(firstErrors.subList(0, Math.min(5, firstErrors.size()))));
    }

    private long[][] client(Targets t, Random random, long end, AtomicLong errors, AtomicLong busy,
                            List<String> firstErrors) {
        Longs search = new Longs();
        Longs story = new Longs();
        boolean searching = random.nextBoolean();
        while (System.nanoTime() < end) {
            String path = searching
                    ? "/api/search?q=" + URLEncoder.encode(t.words.get(random.nextInt(t.words.size())), StandardCharsets.UTF_8)
                    : "/api/stories/" + t.stories.get(random.nextInt(t.stories.size()));
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                Optional<String> retry = r.headers().firstValue("Retry-After");
                if (r.statusCode() == 503 && retry.isPresent()) {
                    busy.incrementAndGet();
                    Thread.sleep(Math.max(1, Long.parseLong(retry.get().strip())) * 1000);
                    continue;
                }
                if (r.statusCode() != 200) {
                    error(errors, firstErrors, path + " answered " + r.statusCode());
                }
            } catch (IOException e) {
                error(errors, firstErrors, path + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            (searching ? search : story).add(System.nanoTime() - t0);
            searching = !searching;
        }
        return new long[][] {search.toArray(), story.toArray()};
    }

    private static void error(AtomicLong errors, List<String> first, String what) {
        if (errors.incrementAndGet() <= 5) {
            first.add(what);
        }
    }

    /** Story ids and search words (longer words of the story titles) from the server itself. */
    private Targets targets() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stories?limit=1000")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(base + "/api/stories answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode stories = JSON.readTree(r.body()).path("stories");
        List<String> ids = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        for (JsonNode s : stories) {
            ids.add(s.path("id").asText());
            for (String w : s.path("title").asText().split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 5) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (ids.isEmpty() || words.isEmpty()) {
            throw new IOException(base + " serves no stories with titled words to load it with");
        }
        return new Targets(ids, List.copyOf(words));
    }

    private record Targets(List<String> stories, List<String> words) {
    }

    /** A growable array of longs, so a client's latencies are not boxed. */
    private static final class Longs {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static long[] concat(List<long[]> parts) {
        long[] out = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
