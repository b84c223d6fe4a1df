package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.ingest.Limits;
import org.dossier.pipeline.Stages;
import org.dossier.server.ui.Html;
import org.dossier.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The REST API and the UI over real HTTP, against a store made by {@link #fixture()}: one subclass
 * per store backend runs the same checks. The store is filled through the API itself (multipart
 * upload of the sample pages and the hostile fixture pages), so ingestion is tested end to end.
 * Expectations come from the pages' text (and ../shared/corpus/seeds.gold.json for the samples),
 * not from the implementation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerApiContract {
    public static final String TOKEN = "test-token-" + Long.toHexString(Double.doubleToLongBits(Math.PI));
    /** Words of a direct quote in the first sample page, attributed there to the Kremlin spokesperson. */
    public static final String SAMPLE_QUOTE = "Yes, this is indeed true";
    /** The hostile pages of {@code dossier-server/src/test/resources/server}, found from any module's directory. */
    public static final Path FIXTURES = fixtures();

    private StoreFixture fixture;

    private static Path fixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("src/test/resources/server"),
                    dir.resolve("dossier-server/src/test/resources/server")}) {
                if (java.nio.file.Files.isRegularFile(candidate.resolve("hostile.html"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no dossier-server/src/test/resources/server above " + Path.of("").toAbsolutePath());
    }
    private Store store;
    private Stages stages;
    private DossierServer server;
    protected Http http;
    private JsonNode ingested;
    private List<Path> seeds = List.of();

    /** The backend under test. */
    protected abstract StoreFixture fixture();

    @BeforeAll
    void startServer() throws Exception {
        fixture = fixture();
        store = fixture.create();
        stages = Stages.load(new Stages.Options(true, false, 2));
        server = Api.server(ServerConfig.loopback(0, TOKEN), store, new StoreIngester(fixture.writes(store),
                () -> stages, Limits.DEFAULT, 2), Optional.empty(), "test").start();
        http = new Http(server.port());
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"), "corpus", "seeds");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                seeds = files.sorted().toList();
            }
        }
        List<Path> upload = new ArrayList<>(seeds);
        upload.add(FIXTURES.resolve("hostile.html"));
        upload.add(FIXTURES.resolve("hostile.txt"));
        Http.Answer a = http.upload("/api/ingest", TOKEN, upload);
        assertEquals(200, a.status(), a.body());
        ingested = a.json();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (stages != null) {
            stages.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void anUploadOfPagesGivesOneArticlePerPageAndTheirStories() {
        assertEquals(seeds.size() + 2, ingested.path("articles").size(), ingested.toString());
        assertEquals(0, ingested.path("rejected").size(), ingested.toString());
        assertTrue(ingested.path("stories").size() >= 1);
        assertTrue(ingested.path("commit").asLong() >= 1);
        for (JsonNode id : ingested.path("articles")) {
            assertEquals(200, http.get("/api/articles/" + id.asText()).status(), id.asText());
        }
        JsonNode stats = http.get("/api/stats").json();
        assertTrue(stats.path("articles").asLong() >= seeds.size() + 2, stats.toString());
    }

    @Test
    void writesWithoutTheTokenAreRefusedAndStoreNothing() throws IOException {
        long before = http.get("/api/stats").json().path("commits").asLong();
        Path page = FIXTURES.resolve("hostile.txt");
        for (String token : new String[] {null, "wrong", TOKEN + "x", TOKEN.substring(1)}) {
            Http.Answer a = http.upload("/api/ingest", token, List.of(page));
            assertEquals(401, a.status(), a.body());
            assertEquals("unauthorized", a.json().path("code").asText());
            assertTrue(a.raw().headers().firstValue("WWW-Authenticate").isPresent());
        }
        assertEquals(before, http.get("/api/stats").json().path("commits").asLong());
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedWith413() throws Exception {
        try (DossierServer small = Api.server(new ServerConfig("127.0.0.1", 0, TOKEN, 1024, 2048), store,
                (files, label) -> {
                    throw new AssertionError("an oversized upload must not reach the pipeline");
                }, Optional.empty(), "test").start()) {
            Http h = new Http(small.port());
            Http.Answer a = h.post("/api/ingest?name=big.html", TOKEN, "text/html", new byte[4096]);
            assertEquals(413, a.status(), a.body());
            assertEquals("too-large", a.json().path("code").asText());
            Http.Answer parts = h.upload("/api/ingest", TOKEN, List.of(FIXTURES.resolve("hostile.html")));
            assertEquals(413, parts.status(), parts.body());
        }
    }

    @Test
    void anUploadWithoutFilesIsABadRequest() {
        Http.Answer raw = http.post("/api/ingest", TOKEN, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, raw.status(), raw.body());
        assertEquals("bad-parameter", raw.json().path("code").asText());
        Http.Answer none = http.upload("/api/ingest", TOKEN, List.of());
        assertEquals(400, none.status(), none.body());
    }

    @Test
    void aRawPageUploadedAgainIsTheSameArticle() throws IOException {
        byte[] page = Files.readAllBytes(FIXTURES.resolve("hostile.txt"));
        Http.Answer a = http.post("/api/ingest?name=hostile.txt", TOKEN, "text/plain", page);
        assertEquals(200, a.status(), a.body());
        String id = a.json().path("articles").get(0).asText();
        Http.Answer again = http.post("/api/ingest?name=hostile.txt", TOKEN, "text/plain", page);
        assertEquals(id, again.json().path("articles").get(0).asText());
        assertEquals(200, http.get("/api/articles/" + id).status());
    }

    @Test
    void aWarcUploadGivesTheArticlesOfItsResponses(@TempDir Path tmp) throws IOException {
        Path warc = tmp.resolve("crawl.warc.gz");
        byte[] html = Files.readAllBytes(FIXTURES.resolve("hostile.html"));
        String body = new String(html, StandardCharsets.UTF_8).replace("ferry fares", "harbour dues");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            ByteArrayOutputStream msg = new ByteArrayOutputStream();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            msg.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + b.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            msg.writeBytes(b);
            w.write(new WarcResponse.Builder(URI.create("https://courier.example/harbour-dues"))
                    .date(Instant.parse("2025-03-04T10:00:00Z")).body(MediaType.HTTP_RESPONSE, msg.toByteArray()).build());
        }
        Http.Answer a = http.upload("/api/ingest", TOKEN, List.of(warc));
        assertEquals(200, a.status(), a.body());
        assertEquals(1, a.json().path("articles").size(), a.body());
        JsonNode article = http.get("/api/articles/" + a.json().path("articles").get(0).asText()).json();
        assertTrue(article.path("title").asText().contains("harbour dues"), article.toString());
        assertEquals("https://courier.example/harbour-dues", article.path("url").asText());
    }

    @Test
    void theStoriesListHoldsTheStoryOfTheSampleQuote() {
        requireSamples();
        String article = articleWithQuote(SAMPLE_QUOTE);
        JsonNode a = http.get("/api/articles/" + article).json();
        String story = a.path("story").asText();
        assertFalse(story.isEmpty(), "the sample article has a story: " + a);
        JsonNode list = http.get("/api/stories?limit=1000").json();
        Set<String> ids = new HashSet<>();
        list.path("stories").forEach(s -> ids.add(s.path("id").asText()));
        assertTrue(ids.contains(story), "story " + story + " is listed: " + list);
        assertEquals(list.path("total").asLong(), list.path("stories").size());
    }

    @Test
    void aStorysDossierHasItsArticlesQuotesAndEntities() {
        requireSamples();
        String article = articleWithQuote(SAMPLE_QUOTE);
        String story = http.get("/api/articles/" + article).json().path("story").asText();
        Http.Answer a = http.get("/api/stories/" + story);
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        JsonNode d = a.json();
        assertEquals(story, d.path("story").path("id").asText());
        Set<String> articles = new HashSet<>();
        d.path("articles").forEach(x -> articles.add(x.path("id").asText()));
        assertTrue(articles.contains(article));
        d.path("story").path("articles").forEach(x -> assertTrue(articles.contains(x.asText()), x.asText()));
        boolean quoted = false;
        for (JsonNode q : d.path("quotes")) {
            if (q.path("text").asText().contains(SAMPLE_QUOTE)) {
                quoted = true;
                assertTrue(q.path("speaker").path("name").asText().contains("Peskov"), q.toString());
            }
        }
        assertTrue(quoted, "the dossier holds the sample quote");
        assertTrue(names(d.path("entities")).stream().anyMatch(n -> n.contains("Peskov")), d.path("entities").toString());
        for (String field : List.of("claims", "timeline", "reuses")) {
            assertTrue(d.path(field).isArray(), field);
        }
    }

    @Test
    void searchFindsArticlesByTheirWords() {
        requireSamples();
        JsonNode r = http.get("/api/search?q=peacekeepers&facets=outlet,person").json();
        assertEquals(seeds.size(), r.path("total").asLong(), r.toString());
        for (JsonNode h : r.path("hits")) {
            assertFalse(h.path("article").asText().isEmpty());
            assertTrue(h.has("title") && h.has("story") && h.has("snippet"), h.toString());
        }
        assertTrue(r.path("facets").path("outlet").isArray(), r.toString());
        JsonNode festival = http.get("/api/search?q=lantern+festival").json();
        assertTrue(festival.path("total").asLong() >= 1, festival.toString());
        assertTrue(festival.path("hits").get(0).path("title").asText().startsWith("Lantern festival"));
        assertEquals(0, http.get("/api/search?q=zyxwvutsrq").json().path("total").asLong());
    }

    @Test
    void anEntityHasItsArticlesAndWhatItSaid() {
        requireSamples();
        JsonNode people = http.get("/api/entities?type=person").json();
        String id = null;
        for (JsonNode e : people.path("entities")) {
            assertEquals("PERSON", e.path("type").asText());
            if (e.path("name").asText().contains("Peskov")) {
                id = e.path("id").asText();
            }
        }
        assertNotNull(id, "the Kremlin spokesperson is among the people: " + people);
        JsonNode e = http.get("/api/entities/" + id).json();
        assertTrue(e.path("mentions").size() >= 1);
        assertTrue(e.path("articles").size() >= 1);
        assertTrue(texts(e.path("quotes")).stream().anyMatch(t -> t.contains(SAMPLE_QUOTE)), e.toString());
        JsonNode byName = http.get("/api/quotes?speaker=peskov").json();
        assertTrue(texts(byName.path("quotes")).stream().anyMatch(t -> t.contains(SAMPLE_QUOTE)), byName.toString());
        JsonNode byWords = http.get("/api/quotes?q=busiest+festival").json();
        assertEquals("Hollis Farrant", byWords.path("quotes").get(0).path("speaker").path("name").asText(),
                byWords.toString());
    }

    @Test
    void errorsAreJsonWithAStatusACodeAndAMessage() {
        Map<String, String> cases = Map.of(
                "/api/stories/0123456789abcdef", "404 not-found",
                "/api/articles/0123456789abcdef", "404 not-found",
                "/api/entities/0123456789abcdef", "404 not-found",
                "/api/stories/not-an-id", "400 bad-parameter",
                "/api/stories?limit=0", "400 bad-parameter",
                "/api/stories?limit=ten", "400 bad-parameter",
                "/api/search?q=x&mode=telepathy", "400 bad-parameter",
                "/api/search?q=x&from=2024-05-01&to=2024-04-01", "400 bad-parameter",
                "/api/search?q=x&mode=semantic", "400 semantic-unavailable",
                "/api/nothing-here", "404 not-found");
        cases.forEach((path, expected) -> {
            Http.Answer a = http.get(path);
            String[] want = expected.split(" ");
            assertEquals(Integer.parseInt(want[0]), a.status(), path + ": " + a.body());
            assertTrue(a.contentType().startsWith("application/json"), path);
            JsonNode e = a.json();
            assertEquals(Integer.parseInt(want[0]), e.path("status").asInt(), path);
            assertEquals(want[1], e.path("code").asText(), path + ": " + e);
            assertFalse(e.path("message").asText().isBlank(), path);
        });
        Http.Answer longQuery = http.get("/api/search?q=" + "a".repeat(2000));
        assertEquals(400, longQuery.status());
    }

    @Test
    void theOpenApiDescriptionCoversEveryRouteTheServerServes() {
        JsonNode doc = http.get("/openapi.json").json();
        assertEquals("3.1.0", doc.path("openapi").asText());
        JsonNode paths = doc.path("paths");
        Set<String> described = new HashSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String p = it.next();
            for (Iterator<String> m = paths.path(p).fieldNames(); m.hasNext(); ) {
                described.add(m.next().toUpperCase(Locale.ROOT) + " " + p);
            }
        }
        Set<String> api = new HashSet<>();
        for (String r : server.registeredRoutes()) {
            String path = r.substring(r.indexOf(' ') + 1);
            if (path.startsWith("/api")) {
                api.add(r);
            }
        }
        assertFalse(api.isEmpty());
        assertEquals(api, described, "every /api route is described, and nothing else is");
        assertTrue(api.containsAll(List.of("GET /api/stories", "GET /api/stories/{id}", "GET /api/articles",
                "GET /api/articles/{id}", "GET /api/entities", "GET /api/entities/{id}", "GET /api/quotes",
                "GET /api/search", "POST /api/ingest")));
        JsonNode ingest = paths.path("/api/ingest").path("post");
        assertTrue(ingest.path("security").size() > 0, "the write route needs the token");
        assertEquals("#/components/schemas/Error", ingest.path("responses").path("default").path("content")
                .path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    void hostileArticleTextComesBackAsTextInTheApi() {
        String id = articleWithTitle("Harbour council");
        JsonNode a = http.get("/api/articles/" + id).json();
        assertEquals("Harbour council <script>window.__pwned=1</script> votes on ferry fares", a.path("title").asText());
        assertTrue(a.path("body").asText().contains("<img src=x onerror=\"window.__pwned=2\">"));
    }

    @Test
    void uiPagesShowHostileTextAsTextAndLoadNothingFromElsewhere() {
        String id = articleWithTitle("Harbour council");
        String story = http.get("/api/articles/" + id).json().path("story").asText();
        for (String path : List.of("/articles/" + id, "/stories/" + story, "/search?q=harbour+council", "/")) {
            Http.Answer a = http.get(path);
            assertEquals(200, a.status(), path);
            assertTrue(a.contentType().startsWith("text/html"), path);
            assertEquals(Html.CSP, a.raw().headers().firstValue("Content-Security-Policy").orElse(""), path);
            Document doc = Jsoup.parse(a.body());
            for (Element s : doc.select("script")) {
                assertEquals("/static/dossier.js", s.attr("src"), path + ": only the UI's own script");
                assertTrue(s.data().isBlank(), path + ": no inline script");
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(attr -> {
                    assertFalse(attr.getKey().toLowerCase(Locale.ROOT).startsWith("on"), path + ": " + e.tagName()
                            + " has handler " + attr);
                    // a javascript: URL runs where a URL is followed; in text attributes (a tooltip) it is only text
                    boolean url = Set.of("href", "src", "action", "formaction", "xlink:href", "poster")
                            .contains(attr.getKey().toLowerCase(Locale.ROOT));
                    assertFalse(url && attr.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                            path + ": " + attr);
                });
            }
            for (Element e : doc.select("[src], link[href]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertTrue(url.startsWith("/") && !url.startsWith("//"), path + " loads " + url);
            }
            assertTrue(doc.select("img").isEmpty(), path + ": the img payload stays text");
        }
        Document page = Jsoup.parse(http.get("/articles/" + id).body());
        assertEquals("Harbour council <script>window.__pwned=1</script> votes on ferry fares", page.selectFirst("h1").text());
        assertTrue(page.text().contains("<img src=x onerror=\"window.__pwned=2\">"), page.text());
        assertTrue(page.text().contains("<a href=\"javascript:alert(3)\">click</a>"));
    }

    @Test
    void theUiServesItsOwnStylesAndRefusesOtherFiles() {
        Http.Answer css = http.get("/static/dossier.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"));
        assertEquals(404, http.get("/static/..%2Fdossier-version.properties").status());
        Http.Answer missing = http.get("/stories/0123456789abcdef");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("text/html"), "a UI path answers an error page");
        assertTrue(Jsoup.parse(missing.body()).text().contains("no story with id 0123456789abcdef"));
    }

    /** The review checks over the sample story, with another story to move articles from and to. */
    private ReviewChecks review() {
        requireSamples();
        String story = http.get("/api/articles/" + articleWithQuote(SAMPLE_QUOTE)).json().path("story").asText();
        return new ReviewChecks(http, TOKEN, story);
    }

    private String otherStory(String story) {
        for (JsonNode s : http.get("/api/stories?limit=1000").json().path("stories")) {
            if (!s.path("id").asText().equals(story)) {
                return s.path("id").asText();
            }
        }
        throw new AssertionError("the store holds one story only");
    }

    @Test
    void reviewWritesWithoutTheTokenAre401AndWriteNothing() {
        ReviewChecks r = review();
        String story = http.get("/api/articles/" + articleWithQuote(SAMPLE_QUOTE)).json().path("story").asText();
        r.withoutTheTokenNothingIsWritten(r.ids(SAMPLE_QUOTE), otherStory(story));
    }

    @Test
    void reviewRequestsWithABadFieldAre400NamingIt() {
        ReviewChecks r = review();
        String story = http.get("/api/articles/" + articleWithQuote(SAMPLE_QUOTE)).json().path("story").asText();
        r.badFieldsAreNamed(r.ids(SAMPLE_QUOTE), otherStory(story));
    }

    @Test
    void reviewRequestsNamingUnknownIdsAre404() {
        ReviewChecks r = review();
        r.unknownIdsAre404(r.ids(SAMPLE_QUOTE));
    }

    @Test
    void aCorrectedSpeakerShowsEverywhereARepeatChangesNothingAndUndoRestoresIt() {
        ReviewChecks r = review();
        r.aSpeakerCorrectionIsShownRepeatedAndUndone(r.ids(SAMPLE_QUOTE));
    }

    @Test
    void verdictsHidingMergingAndSplittingApplyKeepCitationNumbersAndUndo() {
        ReviewChecks r = review();
        r.otherCorrectionsApplyAndUndo(r.ids(SAMPLE_QUOTE));
    }

    @Test
    void anArticleMovedIntoAStoryTakesItsNextCitationNumber() {
        ReviewChecks r = review();
        String story = http.get("/api/articles/" + articleWithQuote(SAMPLE_QUOTE)).json().path("story").asText();
        r.aMovedArticleTakesTheNextNumber(otherStory(story));
    }

    @Test
    void aStoryIsExportedAsJsonMarkdownCsvAndHtml() {
        review().exportsAreDownloads();
    }

    /** Skips a check that reads the sample pages when ../shared is not beside the checkout. */
    protected void requireSamples() {
        Assumptions.assumeFalse(seeds.isEmpty(), "the sample pages are in ../shared/corpus/seeds");
    }

    /** The id of the article holding a quote with these words, found through the quote search. */
    protected String articleWithQuote(String words) {
        JsonNode r = http.get("/api/quotes?q=" + words.replace(' ', '+') + "&limit=50").json();
        for (JsonNode q : r.path("quotes")) {
            if (q.path("text").asText().contains(words)) {
                return q.path("article").asText();
            }
        }
        throw new AssertionError("no quote holds '" + words + "': " + r);
    }

    private String articleWithTitle(String start) {
        JsonNode r = http.get("/api/articles?limit=1000").json();
        for (JsonNode a : r.path("articles")) {
            if (a.path("title").asText().startsWith(start)) {
                return a.path("id").asText();
            }
        }
        throw new AssertionError("no article titled '" + start + "…': " + r);
    }

    private static List<String> names(JsonNode entities) {
        List<String> out = new ArrayList<>();
        entities.forEach(e -> out.add(e.path("name").asText()));
        return out;
    }

    private static List<String> texts(JsonNode quotes) {
        List<String> out = new ArrayList<>();
        quotes.forEach(q -> out.add(q.path("text").asText()));
        return out;
    }
}
