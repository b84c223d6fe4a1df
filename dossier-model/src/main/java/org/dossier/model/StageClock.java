package org.dossier.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a run's time goes: per stage, the wall time and the CPU time of the threads that ran it,
 * summed over those threads, and how many times it ran. Stages run on several threads at once, so a
 * stage's wall time is thread time (on two busy cores, up to twice the run's); the run's own wall time
 * is measured apart. Thread-safe. {@link #OFF} records nothing and costs nothing, for runs nobody
 * measures.
 */
public final class StageClock {
    /** The stages of a run, in the order an article meets them, after loading the models. */
    public enum Stage {
        LOAD, READ, EXTRACT, LANGUAGE, TOKENS, NER, DATES, QUOTES, FEATURES, PLAN, ALIGN, STORIES, WRITE;

        /** The stage's name in reports: {@code ner}, {@code story views}... */
        public String label() {
            return switch (this) {
                case LOAD -> "load models";
                case STORIES -> "story views";
                default -> name().toLowerCase(Locale.ROOT);
            };
        }
    }

    /** A clock that records nothing. */
    public static final StageClock OFF = new StageClock(false);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Lap NO_LAP = () -> {
    };

    private final boolean on;
    private final boolean cpu;
    private final LongAdder[] wallNanos = adders();
    private final LongAdder[] cpuNanos = adders();
    private final LongAdder[] calls = adders();

    private StageClock(boolean on) {
        this.on = on;
        this.cpu = on && THREADS.isCurrentThreadCpuTimeSupported();
    }

    /** A clock that records. */
    public static StageClock recording() {
        return new StageClock(true);
    }

    /**
     * Starts timing {@code stage} on this thread; {@link Lap#close()} on the same thread stops it.
     * Laps of different stages may nest; the outer one then includes the inner one's time.
     */
    public Lap start(Stage stage) {
        if (!on) {
            return NO_LAP;
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        return () -> {
            int i = stage.ordinal();
            wallNanos[i].add(System.nanoTime() - wall0);
            if (cpu) {
                cpuNanos[i].add(THREADS.getCurrentThreadCpuTime() - cpu0);
            }
            calls[i].increment();
        };
    }

    /** {@code work}'s result, its time counted to {@code stage}. */
    public <T> T time(Stage stage, Supplier<T> work) {
        try (Lap lap = start(stage)) {
            return work.get();
        }
    }

    /** Runs {@code work}, its time counted to {@code stage}. */
    public void run(Stage stage, Runnable work) {
        try (Lap lap = start(stage)) {
            work.run();
        }
    }

    /** The stages that ran so far, in stage order. */
    public List<Total> totals() {
        List<Total> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            long n = calls[s.ordinal()].sum();
            if (n > 0) {
                out.add(new Total(s, n, Duration.ofNanos(wallNanos[s.ordinal()].sum()),
                        cpu ? Optional.of(Duration.ofNanos(cpuNanos[s.ordinal()].sum())) : Optional.empty()));
            }
        }
        return out;
    }

    /** One timed stretch of work; closing it records it. */
    @FunctionalInterface
    public interface Lap extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * One stage's time so far.
     *
     * @param calls how many times it ran (per article, per pair, per story or once)
     * @param wall  its wall time, summed over the threads that ran it
     * @param cpu   the CPU time of those threads meanwhile; empty where the JVM cannot measure it
     */
    public record Total(Stage stage, long calls, Duration wall, Optional<Duration> cpu) {
        public Total {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(wall, "wall");
            Objects.requireNonNull(cpu, "cpu");
            if (calls < 1) {
                throw new IllegalArgumentException("a stage that ran ran at least once, got " + calls);
            }
        }
    }

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[Stage.values().length];
        for (int i = 0; i < a.length; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }
}
