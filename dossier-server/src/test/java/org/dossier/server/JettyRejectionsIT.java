package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests Jetty refuses before any route runs (an ambiguous path, a request line or headers past
 * its buffers) answer the API's JSON error with the security headers every other answer carries,
 * not Jetty's HTML page. A server with no routes; raw loopback sockets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JettyRejectionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private DossierServer server;

    @BeforeAll
    void start() {
        server = new DossierServer(ServerConfig.loopback(0, ServerApiContract.TOKEN), List.of(), app -> { }, "test")
                .start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anEncodedDotDotPathIsAJson400WithTheSecurityHeaders() throws IOException {
        // dot segments that climb above the root: Jetty refuses them before routing
        for (String path : List.of("/%2e%2e/etc/passwd", "/api/%2e%2e/%2e%2e/stats", "/static/%2e%2e/%2e%2e/x")) {
            assertJsonError(RawHttp.get(server.port(), path), 400, path);
        }
        // ones that stay below it reach the router, which finds no such route
        assertJsonError(RawHttp.get(server.port(), "/api/%2e%2e/stats"), 404, "/api/%2e%2e/stats");
    }

    @Test
    void aRequestLineLongerThanJettyReadsIsAJson414WithTheSecurityHeaders() throws IOException {
        assertJsonError(RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(20_000)), 414, "long URI");
    }

    @Test
    void headersLargerThanJettyReadsAreAJson431WithTheSecurityHeaders() throws IOException {
        assertJsonError(RawHttp.get(server.port(), "/api/stats", "X-Padding: " + "a".repeat(20_000)), 431,
                "large headers");
    }

    private static void assertJsonError(RawHttp.Response r, int status, String what) throws IOException {
        assertEquals(status, r.status(), what + ": " + r.body());
        assertTrue(r.header("Content-Type").orElse("").startsWith("application/json"), what + ": " + r.headers());
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), what + ": " + r.headers());
        assertEquals("no-referrer", r.header("Referrer-Policy").orElse(""), what);
        assertEquals("DENY", r.header("X-Frame-Options").orElse(""), what);
        JsonNode e = JSON.readTree(r.body());
        assertEquals(status, e.path("status").asInt(), what + ": " + r.body());
        assertFalse(e.path("code").asText().isBlank(), what + ": " + r.body());
        assertFalse(e.path("message").asText().isBlank(), what + ": " + r.body());
    }
}
