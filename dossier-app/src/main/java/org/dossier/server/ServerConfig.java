package org.dossier.server;

import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host            the address to bind; loopback unless the operator says otherwise
 * @param port            the port; 0 picks a free one (tests)
 * @param token           the bearer token write endpoints require, not blank
 * @param maxRequestBytes the largest request body a JSON endpoint reads
 * @param maxUploadBytes  the largest upload (all files of one request) the ingest endpoint takes
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes, long maxUploadBytes) {
    /** A JSON request body: generous for a query, small enough to parse in memory. */
    public static final long DEFAULT_REQUEST_BYTES = 1L << 20;
    /** An upload of pages or a WARC: large enough for a crawl's worth, bounded on disk. */
    public static final long DEFAULT_UPLOAD_BYTES = 256L << 20;

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
    }

    /** Loopback on {@code port} with the default limits. */
    public static ServerConfig loopback(int port, String token) {
        return new ServerConfig("127.0.0.1", port, token, DEFAULT_REQUEST_BYTES, DEFAULT_UPLOAD_BYTES);
    }
}
