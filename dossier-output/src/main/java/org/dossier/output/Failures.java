package org.dossier.output;

import java.util.Locale;

/** Sentences for people about what went wrong in a phase of a run. */
public final class Failures {
    private Failures() {
    }

    /**
     * What {@code e} means for the person running Dossier: for running out of memory, which limit to
     * raise; for anything else, its message.
     */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            return String.format(Locale.ROOT, "out of memory (the Java heap is %d MB): raise it, e.g."
                    + " DOSSIER_JAVA_OPTS=-Xmx%dg, or lower --max-page-mb so giant pages are rejected",
                    mb, Math.max(2, 2 * ((mb + 1023) / 1024)));
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
