package org.dossier.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least a delay apart, measured from the end of the previous request
 * to that host. Other hosts are not held up by it. Used from one thread.
 */
final class HostThrottle {
    private final Map<String, Long> readyAt = new HashMap<>();

    /** Waits until {@code host} may be asked again. */
    void await(String host) throws InterruptedException {
        Long at = readyAt.get(host);
        if (at != null) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
        }
    }

    /** Notes that a request to {@code host} just ended and the next must wait {@code delay}. */
    void done(String host, Duration delay) {
        readyAt.put(host, System.nanoTime() + delay.toNanos());
    }
}
