package org.dossier.server;

/**
 * A request the server will not serve, with the HTTP status, a machine-readable code (lower-case,
 * hyphenated, stable) and a sentence for people. The one exception mapper turns it into
 * {@code {"status": ..., "code": ..., "message": ...}} (or an error page in the UI).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
        }
        if (code == null || !code.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("error code must be lower-case words joined by hyphens, got " + code);
        }
        this.status = status;
        this.code = code;
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
}
