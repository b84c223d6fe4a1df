package org.dossier.server;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, pages and errors alike, including the ones Jetty or the
 * admission gate make before any route runs: no content sniffing, no referrer, no framing.
 */
public final class SecurityHeaders {
    /** Header name to value. */
    public static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    /** Sets every header through {@code set} (a response's {@code setHeader}, a header map's {@code put}). */
    public static void apply(BiConsumer<String, String> set) {
        ALL.forEach(set);
    }
}
