package org.dossier.bench;

/**
 * What one timed round did.
 *
 * @param threads  worker threads
 * @param pages    pages extracted
 * @param bytes    bytes of those pages
 * @param seconds  wall time from the first start to the last finish
 */
public record Throughput(int threads, long pages, long bytes, double seconds) {

    public Throughput {
        if (threads < 1 || pages < 0 || bytes < 0 || !(seconds > 0)) {
            throw new IllegalArgumentException("bad round: " + threads + " threads, " + pages + " pages, " + bytes
                    + " bytes, " + seconds + " s");
        }
    }

    public double pagesPerSecond() {
        return pages / seconds;
    }

    /** Decimal megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
