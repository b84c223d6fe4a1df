package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With every worker busy and the queue full, the server answers 503 with {@code Retry-After} and
 * the JSON error at once instead of queueing without end, and serves again once the load is gone.
 * One worker and one waiting place, a route that blocks until the test lets it go, and a handful of
 * loopback clients: no timing is asserted, every wait is bounded.
 */
class BoundedLoadIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 6;

    @Test
    void whenTheWorkersAndTheQueueAreFullRequestsGet503WithRetryAfterAndTheServerRecovers() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Route> routes = List.of(
                Route.get("/api/slow", "blocks until the test releases it", List.of(), ctx -> {
                    entered.countDown();
                    assertTrue(release.await(60, TimeUnit.SECONDS), "released");
                    ctx.result("{}");
                }),
                Route.get("/api/fast", "answers at once", List.of(), ctx -> ctx.result("{}")));
        ServerConfig config = ServerConfig.loopback(0, ServerApiContract.TOKEN).withLoad(1, 1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (DossierServer server = new DossierServer(config, routes, app -> { }, "test").start()) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            CompletableFuture<HttpResponse<String>> first = get(client, base.resolve("/api/slow"));
            assertTrue(entered.await(30, TimeUnit.SECONDS), "the first request holds the only worker");
            List<CompletableFuture<HttpResponse<String>>> rest = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                rest.add(get(client, base.resolve("/api/slow")));
            }
            List<HttpResponse<String>> refused = new ArrayList<>();
            try {
                // one of them waits in the queue; every other one must be answered while the worker is held
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (rest.stream().filter(CompletableFuture::isDone).count() < CLIENTS - 1
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                for (CompletableFuture<HttpResponse<String>> f : rest) {
                    if (f.isDone()) {
                        refused.add(f.join());
                    }
                }
            } finally {
                release.countDown();
            }
            assertEquals(CLIENTS - 1, refused.size(), "answered while the worker was held");
            for (HttpResponse<String> r : refused) {
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.headers().toString());
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
                JsonNode e = JSON.readTree(r.body());
                assertEquals(503, e.path("status").asInt());
                assertEquals("busy", e.path("code").asText(), r.body());
            }
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
            for (CompletableFuture<HttpResponse<String>> f : rest) {
                int status = f.get(30, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 503, "only 200 or 503, got " + status);
            }
            assertEquals(200, get(client, base.resolve("/api/fast")).get(30, TimeUnit.SECONDS).statusCode(),
                    "the server answers once the load is gone");
        }
    }

    private static CompletableFuture<HttpResponse<String>> get(HttpClient client, URI uri) {
        return client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
