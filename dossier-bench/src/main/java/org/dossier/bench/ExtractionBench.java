package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.extract.Extractor;
import org.dossier.model.Extraction;

/**
 * Extraction throughput after JIT warm-up: untimed warm-up on every thread count to be measured,
 * then timed rounds on one thread and on {@code threads}, with the heap watched during the rounds.
 */
public final class ExtractionBench {

    /**
     * How to run.
     *
     * @param threads thread counts to measure, e.g. 1 and the core count
     * @param rounds  timed rounds per thread count; the median is reported
     * @param round   length of one round
     * @param warmup  untimed extraction before the first timed round
     */
    public record Plan(List<Integer> threads, int rounds, Duration round, Duration warmup) {
        public Plan {
            threads = List.copyOf(new LinkedHashSet<>(threads));
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be at least 1, got " + threads);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(warmup, "warmup");
        }
    }

    /** The rounds on one thread count, and the heap while they ran. */
    public record Measured(int threads, List<Throughput> rounds, HeapWatch.Use heap) {
        public Measured {
            rounds = List.copyOf(rounds);
        }

        public Throughput median() {
            List<Throughput> sorted = rounds.stream().sorted(Comparator.comparingDouble(Throughput::pagesPerSecond)).toList();
            return sorted.get(sorted.size() / 2);
        }

        public Throughput slowest() {
            return rounds.stream().min(Comparator.comparingDouble(Throughput::pagesPerSecond)).orElseThrow();
        }

        public Throughput fastest() {
            return rounds.stream().max(Comparator.comparingDouble(Throughput::pagesPerSecond)).orElseThrow();
        }
    }

    /**
     * A benchmark's result.
     *
     * @param articles pages of the corpus that gave an article (a sanity check on the work timed)
     * @param warmupPages pages extracted, untimed, before the timed rounds
     */
    public record Report(Machine machine, BenchPages corpus, long articles, long warmupPages, List<Measured> measured) {
        public Report {
            measured = List.copyOf(measured);
        }
    }

    private final Extractor extractor;

    public ExtractionBench(Extractor extractor) {
        this.extractor = extractor;
    }

    public Report run(BenchPages corpus, Plan plan) {
        long articles = corpus.pages().stream().filter(p -> extractor.extract(p) instanceof Extraction.Found).count();
        ThroughputMeter meter = new ThroughputMeter(extractor, corpus.pages());
        long warmed = 0;
        Set<Integer> threadCounts = new LinkedHashSet<>(plan.threads());
        // warm up on every thread count, so the timed rounds of the last one are not the first to
        // run compiled code under contention
        for (int t : threadCounts) {
            warmed += meter.run(t, plan.warmup().dividedBy(threadCounts.size())).pages();
        }
        List<Measured> measured = new ArrayList<>();
        for (int t : threadCounts) {
            List<Throughput> rounds = new ArrayList<>();
            try (HeapWatch heap = new HeapWatch()) {
                for (int r = 0; r < plan.rounds(); r++) {
                    rounds.add(meter.run(t, plan.round()));
                }
                measured.add(new Measured(t, rounds, heap.use()));
            }
        }
        return new Report(Machine.current(), corpus, articles, warmed, measured);
    }
}
