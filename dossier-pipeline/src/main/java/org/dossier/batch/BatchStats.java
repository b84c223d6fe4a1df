package org.dossier.batch;

import java.time.Duration;

/**
 * What a finished batch did.
 *
 * @param articles inputs that gave an article
 * @param rejected inputs that gave none
 * @param duplicates inputs whose article an earlier input already gave
 * @param bytes    bytes of page content read
 * @param elapsed  wall time
 */
public record BatchStats(long articles, long rejected, long duplicates, long bytes, Duration elapsed) {

    public long inputs() {
        return articles + rejected + duplicates;
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }
}
