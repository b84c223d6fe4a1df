package org.dossier.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dossier.extract.Extractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Extraction;
import org.dossier.model.Rejection;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.nlp.ArticleAnalyzer;

/**
 * Runs extraction (and, when given an analyzer, per-article analysis in the same worker) over inputs
 * on {@code threads} workers. Pages are read on the calling thread (a WARC is read in order),
 * extracted in parallel, and handed to the listener in input order. At most
 * {@code 4 × threads} pages, and at most {@link #DEFAULT_BYTES_IN_FLIGHT} bytes of them (but always
 * one page), are in flight, so memory stays bounded whatever the number and size of the inputs.
 *
 * <p>A page whose article id an earlier page of the run had (the same bytes from the same URL) is
 * not extracted again: the listener hears of it, in its place in the order, as a {@link Duplicate}
 * when the earlier page gave an article, and as a rejection of its own, with the earlier page's code
 * and message, when it did not (ten empty files are ten empty inputs).
 */
public final class BatchRunner {
    /**
     * 64 MiB of raw pages read but not yet delivered. A count alone is not enough: eight pages just
     * under the 16 MB cap, each decoded and extracted, filled a 1 GB heap.
     */
    public static final long DEFAULT_BYTES_IN_FLIGHT = 64L << 20;

    private final PageReader reader;
    private final PerArticle work;
    private final int threads;
    private final long maxBytesInFlight;
    private final StageClock clock;
    private final Predicate<String> held;

    public BatchRunner(PageReader reader, Extractor extractor, int threads) {
        this(reader, extractor, threads, DEFAULT_BYTES_IN_FLIGHT);
    }

    public BatchRunner(PageReader reader, Extractor extractor, int threads, long maxBytesInFlight) {
        this(reader, extractor, ArticleAnalyzer.none(), threads, maxBytesInFlight);
    }

    /** A runner that also analyses each article it extracts, in the same worker. */
    public BatchRunner(PageReader reader, Extractor extractor, ArticleAnalyzer analyzer, int threads) {
        this(reader, extractor, analyzer, threads, DEFAULT_BYTES_IN_FLIGHT);
    }

    public BatchRunner(PageReader reader, Extractor extractor, ArticleAnalyzer analyzer, int threads,
                       long maxBytesInFlight) {
        this(reader, new PerArticle(extractor, analyzer, a -> Optional.empty()), threads, maxBytesInFlight);
    }

    /** A runner of the per-article stages, features included, each page in one worker. */
    public BatchRunner(PageReader reader, PerArticle work, int threads) {
        this(reader, work, threads, DEFAULT_BYTES_IN_FLIGHT);
    }

    public BatchRunner(PageReader reader, PerArticle work, int threads, long maxBytesInFlight) {
        this(reader, work, threads, maxBytesInFlight, StageClock.OFF, id -> false);
    }

    private BatchRunner(PageReader reader, PerArticle work, int threads, long maxBytesInFlight, StageClock clock,
                        Predicate<String> held) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxBytesInFlight < 1) {
            throw new IllegalArgumentException("maxBytesInFlight must be positive, got " + maxBytesInFlight);
        }
        this.reader = reader;
        this.work = work;
        this.threads = threads;
        this.maxBytesInFlight = maxBytesInFlight;
        this.clock = clock;
        this.held = held;
    }

    /** This runner, counting the time it spends reading inputs on {@code clock}. */
    public BatchRunner timed(StageClock clock) {
        return new BatchRunner(reader, work, threads, maxBytesInFlight, Objects.requireNonNull(clock, "clock"), held);
    }

    /**
     * This runner, handing pages whose article id {@code held} accepts to the listener as
     * {@linkplain BatchListener#held held} without extracting them: a re-run over inputs a store
     * already holds reads and hashes them, and that is all.
     */
    public BatchRunner skipping(Predicate<String> held) {
        return new BatchRunner(reader, work, threads, maxBytesInFlight, clock, Objects.requireNonNull(held, "held"));
    }

    public BatchStats run(List<InputFile> inputs, BatchListener listener, Progress progress) {
        long start = System.nanoTime();
        progress.batchStarting();
        Counts counts = new Counts();
        int window = threads * 4;
        Deque<Pending> inFlight = new ArrayDeque<>();
        // article id -> the input that gave it first; ~150 bytes an input
        Map<String, String> firstSources = new HashMap<>();
        // article id -> the rejection of the page that had it first, when it gave no article
        Map<String, Rejection> rejectedIds = new HashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-extract");
            t.setDaemon(true);
            return t;
        })) {
            for (InputFile input : inputs) {
                try (Stream<ReadResult> items = clock.time(Stage.READ, () -> reader.read(input))) {
                    Iterator<ReadResult> it = items.iterator();
                    while (clock.time(Stage.READ, it::hasNext)) {
                        ReadResult item = clock.time(Stage.READ, it::next);
                        switch (item) {
                            case ReadResult.Page p -> {
                                int size = p.page().bytes().length;
                                counts.bytes += size;
                                String id = p.page().articleId();
                                String first = firstSources.putIfAbsent(id, p.page().source());
                                if (first != null) {
                                    inFlight.add(Pending.done(new Done(new Duplicate(p.page().source(), id, first))));
                                } else if (held.test(id)) {
                                    inFlight.add(Pending.done(Done.held(p.page().source(), id)));
                                } else {
                                    counts.bytesInFlight += size;
                                    inFlight.add(new Pending(pool.submit(() -> process(p.page())), size,
                                            Optional.of(id)));
                                }
                            }
                            case ReadResult.Failed f -> inFlight.add(Pending.done(
                                    new Done(new Extraction.Rejected(f.rejection()), null)));
                        }
                        while (inFlight.size() >= window
                                || (counts.bytesInFlight > maxBytesInFlight && inFlight.size() > 1)) {
                            deliver(inFlight.removeFirst(), listener, counts, progress, rejectedIds);
                        }
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.removeFirst(), listener, counts, progress, rejectedIds);
            }
        }
        progress.done();
        return new BatchStats(counts.articles, counts.rejected, counts.duplicates, counts.bytes,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** One page through the per-article stages, behind their safety net: never throws. */
    private Done process(org.dossier.model.RawPage page) {
        Extraction extraction = work.extract(page);
        return extraction instanceof Extraction.Found found ? new Done(extraction, work.analyse(found.article()))
                : new Done(extraction, null);
    }

    private static void deliver(Pending pending, BatchListener listener, Counts counts, Progress progress,
                                Map<String, Rejection> rejectedIds) {
        Done done;
        try {
            done = pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelLoadFailure failure) {
                throw failure;
            }
            throw new IllegalStateException("the per-article stages do not throw", e.getCause());
        }
        Duplicate dup = done.duplicate();
        if (done.heldSource() != null) {
            counts.articles++;
            listener.held(done.heldSource(), done.heldId());
        } else if (dup != null && rejectedIds.containsKey(dup.article())) {
            // the same bytes gave no article before: they give none now, for the same reason
            Rejection first = rejectedIds.get(dup.article());
            counts.rejected++;
            listener.rejected(new Rejection(dup.source(), first.code(), first.message()));
        } else if (dup != null) {
            counts.duplicates++;
            listener.duplicate(dup);
        } else {
            switch (done.extraction()) {
                case Extraction.Found f -> {
                    counts.articles++;
                    listener.analysed(done.analysed());
                }
                case Extraction.Rejected r -> {
                    counts.rejected++;
                    pending.articleId().ifPresent(id -> rejectedIds.put(id, r.rejection()));
                    listener.rejected(r.rejection());
                }
            }
        }
        counts.bytesInFlight -= pending.bytes();
        progress.update(counts.articles, counts.rejected, counts.bytes);
    }

    /** A page handed to the pool, with its size for the in-flight byte budget and its article id. */
    private record Pending(Future<Done> result, long bytes, Optional<String> articleId) {
        /** An input settled without the pool (a read failure, a duplicate): it holds no bytes in flight. */
        static Pending done(Done done) {
            return new Pending(CompletableFuture.completedFuture(done), 0, Optional.empty());
        }
    }

    /**
     * What became of one input: a page's extraction and, when it gave an article, its analysis; or a
     * repeat of an earlier input's article; or an article the target holds (then {@code extraction}
     * and {@code analysed} are null).
     */
    private record Done(Extraction extraction, PerArticle.Analysed analysed, Duplicate duplicate, String heldSource,
                        String heldId) {
        Done(Extraction extraction, PerArticle.Analysed analysed) {
            this(extraction, analysed, null, null, null);
        }

        Done(Duplicate duplicate) {
            this(null, null, duplicate, null, null);
        }

        static Done held(String source, String id) {
            return new Done(null, null, null, source, id);
        }
    }

    private static final class Counts {
        long articles;
        long rejected;
        long duplicates;
        long bytes;
        long bytesInFlight;
    }
}
