package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.ingest.Limits;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served store shared with another writer, as {@code dossier analyze --store} would write it
 * while {@code dossier serve} serves it: the server holds no write lock between uploads, shows the
 * other writer's commits without a restart, and answers an upload while the other one writes with
 * 503 store-busy and Retry-After. The store holds generated articles; no model is loaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedStoreIT {
    private String location;
    private Store reads;
    private DossierServer server;
    private Http http;

    @BeforeAll
    void serve(@TempDir Path dir) {
        location = dir.resolve("store").toString();
        try (Store analyze = Stores.open(location, Store.Access.READ_WRITE)) {
            analyze.add(GeneratedNews.batch("analyze: the first pages", 0, 3));
        }
        reads = ServedStore.open(location);
        StoreIngester ingester = new StoreIngester(ServedStore.writes(location), () -> {
            throw new AssertionError("a refused upload must not load the models");
        }, Limits.DEFAULT, 1);
        server = Api.server(ServerConfig.loopback(0, ServerApiContract.TOKEN), reads, ingester, Optional.empty(), "test")
                .start();
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        reads.close();
    }

    @Test
    void aBatchAnotherWriterCommitsWhileServedShowsInTheApiWithoutARestart() {
        long before = http.get("/api/stats").json().path("articles").asLong();
        // the second writer gets the lock: the server holds none between uploads
        try (Store analyze = Stores.open(location, Store.Access.READ_WRITE)) {
            analyze.add(GeneratedNews.batch("analyze: more pages", 100, 2));
        }
        assertEquals(before + 2, http.get("/api/stats").json().path("articles").asLong());
        Http.Answer article = http.get("/api/articles/" + GeneratedNews.id(101));
        assertEquals(200, article.status(), article.body());
        assertEquals(GeneratedNews.title(101), article.json().path("title").asText());
        JsonNode found = http.get("/api/search?q=%22report+100%22").json();
        assertEquals(1, found.path("total").asLong(), found.toString());
        assertEquals(GeneratedNews.id(100), found.path("hits").get(0).path("article").asText());
    }

    @Test
    void anUploadWhileAnotherProcessWritesIsA503StoreBusyWithRetryAfter() {
        byte[] page = "<html><body><p>Harbour dues rise.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        try (Store analyze = Stores.open(location, Store.Access.READ_WRITE)) {
            Http.Answer a = http.post("/api/ingest?name=page.html", ServerApiContract.TOKEN, "text/html", page);
            assertEquals(503, a.status(), a.body());
            assertEquals(Integer.toString(StoreIngester.BUSY_RETRY_SECONDS),
                    a.raw().headers().firstValue("Retry-After").orElse(""));
            JsonNode e = a.json();
            assertEquals("store-busy", e.path("code").asText(), e.toString());
            String m = e.path("message").asText();
            assertTrue(m.contains("being written by another process"), m);
            assertTrue(m.contains("pid " + ProcessHandle.current().pid()), "names the writer: " + m);
            assertEquals(200, http.get("/api/stats").status(), "reads go on while the other process writes");
        }
    }
}
