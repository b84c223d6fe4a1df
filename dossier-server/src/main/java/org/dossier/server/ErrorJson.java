package org.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HttpStatus;

/**
 * The one error body every failure answers, wherever it is made (a route, the exception mapper,
 * Jetty's own refusals, the admission gate): {@code {"status": 404, "code": "not-found",
 * "message": "..."}}, with a code derived from the status when the failure brought none.
 */
public final class ErrorJson {
    /** The media type of the body. */
    public static final String TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorJson() {
    }

    /** The body, with the status's own reason phrase when {@code message} is null or blank. */
    public static ObjectNode of(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", status);
        body.put("code", code);
        body.put("message", message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message);
        return body;
    }

    /** The body as UTF-8 bytes. */
    public static byte[] bytes(int status, String code, String message) {
        try {
            return JSON.writeValueAsBytes(of(status, code, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error body", e);
        }
    }

    /** The machine-readable code of a status that came without one (from Javalin or Jetty). */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 503 -> "busy";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
