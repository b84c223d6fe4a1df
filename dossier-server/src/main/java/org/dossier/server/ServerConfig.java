package org.dossier.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host            the address to bind; loopback unless the operator says otherwise
 * @param port            the port; 0 picks a free one (tests)
 * @param token           the bearer token write endpoints require, not blank
 * @param maxRequestBytes the largest request body a JSON endpoint reads
 * @param maxUploadBytes  the largest upload (all files of one request) the ingest endpoint takes
 * @param workers         requests served at once, at least 1
 * @param queue           requests that may wait for a worker, at least 0; past that a request is
 *                        answered 503 with {@code Retry-After} at once
 * @param tempDir         where uploads are spooled, in a directory per server (see {@link UploadDirs})
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes, long maxUploadBytes,
                           int workers, int queue, Path tempDir) {
    /** A JSON request body: generous for a query, small enough to parse in memory. */
    public static final long DEFAULT_REQUEST_BYTES = 1L << 20;
    /** An upload of pages or a WARC: large enough for a crawl's worth, bounded on disk. */
    public static final long DEFAULT_UPLOAD_BYTES = 256L << 20;
    /**
     * Requests served at once: four per core, at least 8. A search is CPU work in the embedded store
     * (more workers than cores only interleave it) but waits on the network with OpenSearch, and an
     * upload holds a worker for its whole analysis.
     */
    public static final int DEFAULT_WORKERS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /**
     * Requests that may wait: 64. At the ~100 searches/s two loaded cores serve, a full queue is
     * drained in under a second, which bounds the wait; a client past it hears 503 at once.
     */
    public static final int DEFAULT_QUEUE = 64;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the write token must not be blank");
        }
        if (maxRequestBytes < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("size limits must be positive, got " + maxRequestBytes + " and "
                    + maxUploadBytes);
        }
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("workers must be at least 1 and queue at least 0, got " + workers
                    + " and " + queue);
        }
        Objects.requireNonNull(tempDir, "tempDir");
    }

    /** Default workers, queue and temporary directory (the system's). */
    public ServerConfig(String host, int port, String token, long maxRequestBytes, long maxUploadBytes) {
        this(host, port, token, maxRequestBytes, maxUploadBytes, DEFAULT_WORKERS, DEFAULT_QUEUE, systemTemp());
    }

    /** Loopback on {@code port} with the default limits. */
    public static ServerConfig loopback(int port, String token) {
        return new ServerConfig("127.0.0.1", port, token, DEFAULT_REQUEST_BYTES, DEFAULT_UPLOAD_BYTES);
    }

    /** The same with another worker pool and queue. */
    public ServerConfig withLoad(int w, int q) {
        return new ServerConfig(host, port, token, maxRequestBytes, maxUploadBytes, w, q, tempDir);
    }

    /** The same with uploads spooled under {@code dir}. */
    public ServerConfig withTempDir(Path dir) {
        return new ServerConfig(host, port, token, maxRequestBytes, maxUploadBytes, workers, queue, dir);
    }

    private static Path systemTemp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
