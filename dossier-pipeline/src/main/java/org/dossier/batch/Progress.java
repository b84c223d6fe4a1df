package org.dossier.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for long runs on a stream (stderr): silent for the first two seconds, then a line at
 * most every two seconds (overwritten in place on a terminal), through the batch and every later
 * phase. Thread-safe: the cross-article phases report from the threads that do their work.
 */
public final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long batchStarted = started;
    private long lastPrinted = started;
    private boolean printedAny;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A progress that prints nothing. */
    public static Progress silent() {
        return new Progress(null, false);
    }

    /** The batch starts reading now: its rates count from here, not from when the models began to load. */
    public synchronized void batchStarting() {
        batchStarted = System.nanoTime();
    }

    public synchronized void update(long articles, long rejected, long bytes) {
        long now = System.nanoTime();
        if (!due(now)) {
            return;
        }
        double s = (now - batchStarted) / 1e9;
        print(String.format(Locale.ROOT, "%d inputs (%d articles, %d rejected), %.1f inputs/s, %s",
                articles + rejected, articles, rejected, (articles + rejected) / s, rate(bytes, s)));
    }

    /**
     * A later phase's progress: {@code done} of {@code total} {@code units} ({@code "align"}, 1200 of
     * 4000 {@code "pairs"}), with the run's elapsed time, so that no phase of a long run is silent.
     */
    public synchronized void phase(String phase, long done, long total, String units) {
        long now = System.nanoTime();
        if (!due(now)) {
            return;
        }
        print(String.format(Locale.ROOT, "%s: %d of %d %s, %.0f s", phase, done, total, units, (now - started) / 1e9));
    }

    /** Bytes per second in a unit that shows them: a run over small text files reads kilobytes a second. */
    static String rate(long bytes, double seconds) {
        double perSecond = seconds <= 0 ? 0 : bytes / seconds;
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f kB/s", perSecond / 1e3);
    }

    private boolean due(long now) {
        if (out == null || now - started < QUIET_NANOS || now - lastPrinted < QUIET_NANOS) {
            return false;
        }
        lastPrinted = now;
        return true;
    }

    private void print(String line) {
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
        printedAny = true;
    }

    public synchronized void done() {
        if (out != null && terminal && printedAny) {
            out.println();
        }
    }
}
