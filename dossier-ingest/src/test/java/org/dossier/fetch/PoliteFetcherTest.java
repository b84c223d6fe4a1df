package org.dossier.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    private static Exchange exchange(int status, Map<String, List<String>> headers, String body) {
        return new Exchange(URI.create("http://127.0.0.1:8080/a?b=c"), Instant.EPOCH,
                HttpHeaders.of(Map.of("User-Agent", List.of("Dossier/test")), (a, b) -> true), status,
                HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void overloadedServerGetsThePauseItAsksForUpToAMinute() {
        assertEquals(Duration.ofSeconds(5), PoliteFetcher.backOff(exchange(429, Map.of("Retry-After", List.of("5")), "")));
        assertEquals(Duration.ofSeconds(60), PoliteFetcher.backOff(exchange(503, Map.of("Retry-After", List.of("86400")), "")));
        assertEquals(Duration.ofSeconds(60), PoliteFetcher.backOff(exchange(503,
                Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:28:00 GMT")), "")));
        assertEquals(Duration.ZERO, PoliteFetcher.backOff(exchange(200, Map.of("Retry-After", List.of("5")), "")));
    }

    @Test
    void storedResponseKeepsStatusHeadersAndBodyButNotTheUndoneChunking() {
        byte[] bytes = WarcArchive.responseBytes(exchange(200, Map.of("Content-Type", List.of("text/html"),
                "Transfer-Encoding", List.of("chunked")), "<p>hi</p>"));
        String http = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(http.startsWith("HTTP/1.1 200 OK\r\n"), http);
        assertTrue(http.contains("Content-Type: text/html\r\n"), http);
        assertFalse(http.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding"), http);
        assertTrue(http.endsWith("\r\n\r\n<p>hi</p>"), http);
    }

    @Test
    void storedRequestNamesThePathQueryHostAndTheHeadersSent() {
        Exchange e = exchange(200, Map.of(), "");
        String http = new String(WarcArchive.requestBytes(e.uri(), e.requestHeaders()), StandardCharsets.ISO_8859_1);
        assertEquals("GET /a?b=c HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: Dossier/test\r\n\r\n", http);
    }
}
