package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to reach the store or the multipart parser unchecked and came back as 500s: paging
 * past the end and past the deepest page, and upload bodies that are not the multipart they claim.
 * A store of 30 generated articles; no model is loaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerInputErrorsIT {
    private static final int ARTICLES = 30;
    private static final List<String> LISTS = List.of("/api/stories?", "/api/articles?", "/api/search?q=harbour&",
            "/api/quotes?", "/api/entities?");
    private Store store;
    private DossierServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Stores.open(dir.resolve("store").toString(), Store.Access.READ_WRITE);
        store.add(GeneratedNews.batch("generated", 0, ARTICLES));
        server = Api.server(ServerConfig.loopback(0, ServerApiContract.TOKEN), store, (files, label) -> {
            throw new AssertionError("a malformed upload must not reach the pipeline");
        }, Optional.empty(), "test").start();
        http = new Http(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void offsetPastTheEndOfAListGivesAnEmptyPage() {
        for (String list : List.of("/api/stories?", "/api/articles?", "/api/search?q=harbour&", "/api/quotes?")) {
            Http.Answer a = http.get(list + "offset=500&limit=20");
            assertEquals(200, a.status(), list + ": " + a.body());
            JsonNode page = a.json();
            assertEquals(500, page.path("offset").asInt(), list);
            String items = list.contains("stories") ? "stories" : list.contains("search") ? "hits"
                    : list.contains("quotes") ? "quotes" : "articles";
            assertEquals(0, page.path(items).size(), list + ": " + page);
        }
        assertEquals(ARTICLES, http.get("/api/stories?offset=500").json().path("total").asInt());
    }

    @Test
    void anOffsetPastTheDeepestPageIsA400NamingItNotA500() {
        for (String list : LISTS) {
            for (String offset : List.of("2147483647", "9999", "-1")) {
                Http.Answer a = http.get(list + "offset=" + offset + "&limit=20");
                assertEquals(400, a.status(), list + "offset=" + offset + ": " + a.body());
                JsonNode e = a.json();
                assertEquals("bad-parameter", e.path("code").asText(), list + ": " + e);
                assertTrue(e.path("message").asText().contains("offset '" + offset + "'"), list + ": " + e);
            }
        }
        Http.Answer deepest = http.get("/api/stories?offset=9980&limit=20");
        assertEquals(200, deepest.status(), "offset + limit may reach the window exactly: " + deepest.body());
        for (String page : List.of("/?offset=2147483647", "/search?q=harbour&offset=2147483647")) {
            Http.Answer a = http.get(page);
            assertEquals(400, a.status(), page + ": " + a.body());
            assertTrue(Jsoup.parse(a.body()).text().contains("offset '2147483647'"), page + ": " + a.body());
        }
    }

    @Test
    void aMalformedMultipartUploadIsA400WithTheJsonError() {
        String boundary = "dossier-test-boundary-7f3a";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n<p>a page</p>\r\n";
        List<String> bodies = List.of(
                "no boundary anywhere in this body",
                head,                                       // the closing boundary is missing
                "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\n\r\n\r\n--" + boundary + "--\r\n");
        for (String body : bodies) {
            Http.Answer a = http.post("/api/ingest", ServerApiContract.TOKEN, "multipart/form-data; boundary=" + boundary,
                    body.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, a.status(), body + " -> " + a.body());
            JsonNode e = a.json();
            assertEquals(400, e.path("status").asInt());
            assertEquals("bad-upload", e.path("code").asText(), e.toString());
            assertTrue(e.path("message").asText().contains("cannot be read"), e.toString());
        }
        Http.Answer noBoundary = http.post("/api/ingest", ServerApiContract.TOKEN, "multipart/form-data",
                "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noBoundary.status(), noBoundary.body());
        assertEquals("bad-upload", noBoundary.json().path("code").asText(), noBoundary.body());
    }
}
