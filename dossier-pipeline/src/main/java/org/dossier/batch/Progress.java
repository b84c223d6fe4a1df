package org.dossier.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for long runs on a stream (stderr): silent for the first two seconds, then a line at
 * most every two seconds (overwritten in place on a terminal). Called from one thread.
 */
public final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
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

    public void update(long articles, long rejected, long bytes) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || now - lastPrinted < QUIET_NANOS) {
            return;
        }
        lastPrinted = now;
        double s = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "%d inputs (%d articles, %d rejected), %.0f inputs/s, %.1f MB/s",
                articles + rejected, articles, rejected, (articles + rejected) / s, bytes / 1e6 / s);
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
        printedAny = true;
    }

    public void done() {
        if (out != null && terminal && printedAny) {
            out.println();
        }
    }
}
