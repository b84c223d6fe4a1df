package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.extract.Extractor;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;

/**
 * Runs an extractor over pages for a fixed time on {@code n} threads. Each worker cycles through
 * all the pages from its own starting point until the time is up, so no thread waits at a barrier
 * between passes and every thread sees the same mix of pages.
 */
public final class ThroughputMeter {
    private final Extractor extractor;
    private final List<RawPage> pages;

    public ThroughputMeter(Extractor extractor, List<RawPage> pages) {
        this.extractor = extractor;
        this.pages = List.copyOf(pages);
    }

    /** Runs for about {@code time} (each worker finishes the page it is on) and counts what was done. */
    public Throughput run(int threads, Duration time) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int first = t * pages.size() / threads;
                workers.add(pool.submit(() -> work(first, deadline)));
            }
            long done = 0;
            long bytes = 0;
            for (Future<long[]> w : workers) {
                long[] r = w.get();
                done += r[0];
                bytes += r[1];
            }
            return new Throughput(threads, done, bytes, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while benchmarking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the extractor threw on a benchmark page: " + e.getCause(), e.getCause());
        }
    }

    /** Pages and bytes done, and a checksum of the results so the JIT cannot drop the work. */
    private long[] work(int first, long deadline) {
        long done = 0;
        long bytes = 0;
        long checksum = 0;
        for (int i = first; System.nanoTime() < deadline; i = (i + 1) % pages.size()) {
            RawPage page = pages.get(i);
            Extraction x = extractor.extract(page);
            checksum += x instanceof Extraction.Found f ? f.article().body().length() : 1;
            done++;
            bytes += page.bytes().length;
        }
        return new long[] {done, bytes, checksum};
    }
}
