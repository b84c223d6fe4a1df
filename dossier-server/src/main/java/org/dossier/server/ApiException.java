package org.dossier.server;

import java.util.OptionalInt;

/**
 * A request the server will not serve, with the HTTP status, a machine-readable code (lower-case,
 * hyphenated, stable) and a sentence for people. The one exception mapper turns it into
 * {@code {"status": ..., "code": ..., "message": ...}} (or an error page in the UI).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final OptionalInt retryAfter;

    public ApiException(int status, String code, String message) {
        this(status, code, message, OptionalInt.empty());
    }

    /** @param retryAfter seconds the client should wait before trying again, sent as {@code Retry-After} */
    public ApiException(int status, String code, String message, OptionalInt retryAfter) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
        }
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("error code must be lower-case words joined by hyphens, got " + code);
        }
        if (retryAfter.isPresent() && retryAfter.getAsInt() < 1) {
            throw new IllegalArgumentException("Retry-After must be at least 1 s, got " + retryAfter.getAsInt());
        }
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** A 503: the server cannot serve this now, and says when to try again. */
    public static ApiException unavailable(String code, String message, int retryAfterSeconds) {
        return new ApiException(503, code, message, OptionalInt.of(retryAfterSeconds));
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not-found", "no " + what + " with id " + id);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds to wait before trying again, when the failure is temporary. */
    public OptionalInt retryAfter() {
        return retryAfter;
    }
}
