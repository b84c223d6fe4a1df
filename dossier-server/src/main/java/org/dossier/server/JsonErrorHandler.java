package org.dossier.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error handler, answering what Jetty refuses by itself (a path that climbs above the root,
 * a request line or headers past its buffers, a body it cannot read) with the API's JSON error and
 * the security headers, instead of Jetty's HTML page without them. Such a request may not have a
 * path yet, so the answer is JSON whatever was asked for.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Requests the parser refuses (400, 414, 431): no servlet response exists, only these fields. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ErrorJson.TYPE);
        SecurityHeaders.apply(fields::put);
        return ByteBuffer.wrap(ErrorJson.bytes(status, ErrorJson.codeOf(status), sentence(status, reason)));
    }

    private static String sentence(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "" : " (" + reason + ")";
        return switch (status) {
            case 414 -> "the request line is longer than the server reads" + why + "; send less in the query string";
            case 431 -> "the request headers are larger than the server reads" + why;
            default -> "the server cannot read this request" + why;
        };
    }

    /** Errors raised through {@code sendError} once the request reached a context. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        byte[] body = ErrorJson.bytes(code, ErrorJson.codeOf(code), message);
        SecurityHeaders.apply(response::setHeader);
        response.setContentType(ErrorJson.TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }
}
