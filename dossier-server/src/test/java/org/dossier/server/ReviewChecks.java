package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The review API's checks, run by {@link ServerApiContract} over each backend against a story of the
 * store it filled: every write needs the token, bad fields are named, unknown ids are 404, a repeat
 * changes nothing, and each correction shows in the story, the audit log and the page until undone.
 * Each check undoes what it did, so the other checks see the store as analysed.
 */
final class ReviewChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOBODY = "0123456789abcdef";
    private final Http http;
    private final String token;
    private final String story;

    ReviewChecks(Http http, String token, String story) {
        this.http = http;
        this.token = token;
        this.story = story;
    }

    JsonNode dossier() {
        Http.Answer a = http.get("/api/stories/" + story);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    Http.Answer post(String path, String tokenOrNull, Map<String, String> fields) {
        ObjectNode body = JSON.createObjectNode();
        fields.forEach(body::put);
        return http.post(path, tokenOrNull, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> body(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    JsonNode ok(String path, Map<String, String> fields) {
        Http.Answer a = post(path, token, fields);
        assertEquals(200, a.status(), path + ": " + a.body());
        return a.json();
    }

    void undo(String id) {
        ok("/api/review/" + id + "/undo", body("by", "checks"));
    }

    int logSize() {
        return http.get("/api/review?limit=1000").json().path("total").asInt();
    }

    /** A quote of the story (not {@code avoid}'s), an article, a claim, two entities with mentions. */
    record Ids(String article, String quote, String claim, String entityA, String entityB, String splittable,
               String splitName) {
    }

    Ids ids(String avoidQuoteWords) {
        JsonNode d = dossier();
        String article = null;
        String quote = null;
        for (JsonNode q : d.path("quotes")) {
            if (!q.path("text").asText().contains(avoidQuoteWords)) {
                article = q.path("article").asText();
                quote = q.path("id").asText();
                break;
            }
        }
        assertTrue(quote != null, "the story has a quote: " + d.path("quotes"));
        assertTrue(d.path("claims").size() > 0, "the story has claims");
        String claim = d.path("claims").get(0).path("id").asText();
        List<String> entities = new ArrayList<>();
        String splittable = null;
        String splitName = null;
        for (JsonNode e : d.path("entities")) {
            entities.add(e.path("id").asText());
            List<String> names = new ArrayList<>();
            e.path("mentions").forEach(m -> {
                if (!names.contains(m.path("text").asText())) {
                    names.add(m.path("text").asText());
                }
            });
            if (splittable == null && names.size() >= 2) {
                splittable = e.path("id").asText();
                splitName = names.get(names.size() - 1);
            }
        }
        assertTrue(entities.size() >= 2 && splittable != null, "two entities, one with two names: " + d.path("entities"));
        return new Ids(article, quote, claim, entities.get(0), entities.get(1), splittable, splitName);
    }

    /** Every review write, with ids that exist, as path and a valid body. */
    Map<String, Map<String, String>> writes(Ids ids, String otherStory) {
        Map<String, Map<String, String>> w = new LinkedHashMap<>();
        String q = "/api/articles/" + ids.article() + "/quotes/" + ids.quote();
        w.put(q + "/speaker", body("speaker", "Reviewer Test", "by", "checks"));
        w.put(q + "/speaker/remove", body("by", "checks"));
        w.put("/api/entities/" + ids.entityA() + "/merge", body("into", ids.entityB(), "by", "checks"));
        w.put("/api/entities/" + ids.splittable() + "/split", body("name", ids.splitName(), "by", "checks"));
        w.put("/api/stories/" + story + "/claims/" + ids.claim() + "/verdict", body("verdict", "disputed", "by", "checks"));
        w.put("/api/stories/" + story + "/articles/" + ids.article() + "/hide", body("by", "checks"));
        w.put("/api/stories/" + story + "/articles/" + ids.article() + "/move", body("to", otherStory, "by", "checks"));
        w.put("/api/review/" + NOBODY + "/undo", body("by", "checks"));
        return w;
    }

    void withoutTheTokenNothingIsWritten(Ids ids, String otherStory) {
        int before = logSize();
        for (var e : writes(ids, otherStory).entrySet()) {
            for (String wrong : new String[] {null, "wrong", token + "x"}) {
                Http.Answer a = post(e.getKey(), wrong, e.getValue());
                assertEquals(401, a.status(), e.getKey() + ": " + a.body());
                assertEquals("unauthorized", a.json().path("code").asText());
            }
        }
        assertEquals(before, logSize());
    }

    void badFieldsAreNamed(Ids ids, String otherStory) {
        Map<String, Map<String, String>> w = writes(ids, otherStory);
        List<String> paths = new ArrayList<>(w.keySet());
        // each bad request and the field its message must name
        List<Object[]> cases = List.of(
                new Object[] {paths.get(0), body("by", "checks"), "speaker"},
                new Object[] {paths.get(0), body("speaker", " ", "by", "checks"), "speaker"},
                new Object[] {paths.get(0), body("speaker", "X"), "by"},
                new Object[] {paths.get(0), body("speaker", "X", "by", "checks", "note", "n".repeat(1001)), "note"},
                new Object[] {paths.get(2), body("into", "not-an-id", "by", "checks"), "into"},
                new Object[] {paths.get(2), body("into", ids.entityA(), "by", "checks"), "into"},
                new Object[] {paths.get(3), body("name", "no such name at all", "by", "checks"), "name"},
                new Object[] {paths.get(4), body("verdict", "maybe", "by", "checks"), "verdict"},
                new Object[] {paths.get(6), body("to", story, "by", "checks"), "to"},
                new Object[] {paths.get(6), body("by", "checks"), "to"});
        int before = logSize();
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Http.Answer a = post((String) c[0], token, (Map<String, String>) c[1]);
            assertEquals(400, a.status(), c[0] + " " + c[1] + ": " + a.body());
            assertEquals("bad-parameter", a.json().path("code").asText());
            assertTrue(a.json().path("message").asText().contains("'" + c[2] + "'"), "names " + c[2] + ": " + a.body());
        }
        Http.Answer notJson = http.post(paths.get(4), token, "application/json", "{verdict".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notJson.status(), notJson.body());
        assertTrue(notJson.json().path("message").asText().startsWith("body"), notJson.body());
        Http.Answer badPath = post("/api/stories/XYZ/claims/" + ids.claim() + "/verdict", token, w.get(paths.get(4)));
        assertEquals(400, badPath.status(), badPath.body());
        assertTrue(badPath.json().path("message").asText().contains("story"), badPath.body());
        assertEquals(before, logSize());
    }

    void unknownIdsAre404(Ids ids) {
        String q = "/api/articles/" + ids.article() + "/quotes/";
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put(q + NOBODY + "/speaker", body("speaker", "X", "by", "checks"));
        cases.put("/api/articles/" + NOBODY + "/quotes/" + ids.quote() + "/speaker/remove", body("by", "checks"));
        cases.put(q + ids.quote() + "/speaker#entity", body("speaker", NOBODY, "by", "checks"));
        cases.put("/api/entities/" + NOBODY + "/merge", body("into", ids.entityB(), "by", "checks"));
        cases.put("/api/entities/" + ids.entityA() + "/merge#into", body("into", NOBODY, "by", "checks"));
        cases.put("/api/entities/" + NOBODY + "/split", body("name", "X", "by", "checks"));
        cases.put("/api/stories/" + story + "/claims/" + NOBODY + "/verdict", body("verdict", "supported", "by", "checks"));
        cases.put("/api/stories/" + NOBODY + "/claims/" + ids.claim() + "/verdict", body("verdict", "supported", "by", "checks"));
        cases.put("/api/stories/" + story + "/articles/" + NOBODY + "/hide", body("by", "checks"));
        cases.put("/api/stories/" + story + "/articles/" + ids.article() + "/move", body("to", NOBODY, "by", "checks"));
        cases.put("/api/review/" + NOBODY + "/undo", body("by", "checks"));
        int before = logSize();
        for (var c : cases.entrySet()) {
            String path = c.getKey().replaceFirst("#.*", "");
            Http.Answer a = post(path, token, c.getValue());
            assertEquals(404, a.status(), c.getKey() + ": " + a.body());
            assertEquals("not-found", a.json().path("code").asText());
        }
        assertEquals(before, logSize());
    }

    /** A speaker corrected, repeated, shown in the story, the article, the page and the log; then undone. */
    void aSpeakerCorrectionIsShownRepeatedAndUndone(Ids ids) {
        String path = "/api/articles/" + ids.article() + "/quotes/" + ids.quote() + "/speaker";
        String name = "Reviewer Test Speaker";
        JsonNode first = ok(path, body("speaker", name, "by", "checks", "note", "heard it myself"));
        assertTrue(first.path("created").asBoolean());
        String id = first.path("correction").path("id").asText();
        JsonNode again = ok(path, body("speaker", name, "by", "someone else", "note", "heard it myself"));
        assertFalse(again.path("created").asBoolean(), "a repeat changes nothing: " + again);
        assertEquals(id, again.path("correction").path("id").asText());
        try {
            assertEquals(name, quote(dossier(), ids.quote()).path("speaker").path("name").asText());
            JsonNode article = http.get("/api/articles/" + ids.article()).json();
            assertEquals(name, quote(article, ids.quote()).path("speaker").path("name").asText());
            JsonNode log = http.get("/api/review?limit=1000").json();
            JsonNode entry = entry(log, id);
            assertEquals("speaker", entry.path("kind").asText());
            assertEquals("checks", entry.path("by").asText());
            assertTrue(entry.path("in_effect").asBoolean());
            assertFalse(entry.path("at").asText().isEmpty());
            var page = Jsoup.parse(http.get("/stories/" + story).body());
            assertTrue(page.getElementById("quote-" + ids.quote()) != null, "a quote has a permalink");
            assertTrue(page.select("#quotes h3").text().contains(name), page.select("#quotes h3").text());
            assertTrue(page.select("#review").text().contains("checks"), "the story's review lists it");
            assertTrue(Jsoup.parse(http.get("/review").body()).select("#audit").text().contains(ids.quote()));
        } finally {
            undo(id);
        }
        JsonNode undoneAgain = ok("/api/review/" + id + "/undo", body("by", "checks"));
        assertFalse(undoneAgain.path("created").asBoolean(), "undoing twice changes nothing");
        assertNotEquals(name, quote(dossier(), ids.quote()).path("speaker").path("name").asText());
        assertTrue(entry(http.get("/api/review?limit=1000").json(), id).path("undone").asBoolean());
    }

    /** A verdict, a hidden article, a merge and a split, each shown and then undone; citation numbers never move. */
    void otherCorrectionsApplyAndUndo(Ids ids) {
        JsonNode before = dossier();
        Map<String, Integer> numbers = numbers(before);
        String verdict = ok("/api/stories/" + story + "/claims/" + ids.claim() + "/verdict",
                body("verdict", "unsupported", "by", "checks", "note", "no second source")).path("correction").path("id").asText();
        String hide = ok("/api/stories/" + story + "/articles/" + ids.article() + "/hide", body("by", "checks"))
                .path("correction").path("id").asText();
        String merge = ok("/api/entities/" + ids.entityA() + "/merge", body("into", ids.entityB(), "by", "checks"))
                .path("correction").path("id").asText();
        try {
            JsonNode d = dossier();
            JsonNode claim = null;
            for (JsonNode c : d.path("claims")) {
                if (c.path("id").asText().equals(ids.claim())) {
                    claim = c;
                }
            }
            if (claim != null) {
                assertEquals("unsupported", claim.path("verdict").path("value").asText(), claim.toString());
            }
            Map<String, Integer> after = numbers(d);
            assertFalse(after.containsKey(ids.article()), "the hidden article is not shown");
            after.forEach((a, n) -> assertEquals(numbers.get(a), n, "article " + a + " keeps its number"));
            JsonNode merged = http.get("/api/entities/" + ids.entityA()).json();
            assertEquals(ids.entityB(), merged.path("id").asText(), "a merged-away id answers as the entity it joined");
        } finally {
            undo(merge);
            undo(hide);
            undo(verdict);
        }
        String split = ok("/api/entities/" + ids.splittable() + "/split", body("name", ids.splitName(), "by", "checks"))
                .path("correction").path("id").asText();
        try {
            JsonNode e = http.get("/api/entities/" + ids.splittable()).json();
            e.path("mentions").forEach(m -> assertFalse(m.path("text").asText().equalsIgnoreCase(ids.splitName()), m.toString()));
            assertTrue(dossier().path("entities").toString().contains("\"name\":\"" + ids.splitName() + "\""));
        } finally {
            undo(split);
        }
        assertEquals(numbers, numbers(dossier()));
        assertEquals(JSON.valueToTree(before.path("entities")), dossier().path("entities"));
    }

    /** An article moved to another story takes that story's next number; undone, it is back. */
    void aMovedArticleTakesTheNextNumber(String otherStory) {
        JsonNode other = http.get("/api/stories/" + otherStory).json();
        String article = other.path("articles").get(0).path("id").asText();
        int next = numbers(dossier()).values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        String move = ok("/api/stories/" + otherStory + "/articles/" + article + "/move", body("to", story, "by", "checks"))
                .path("correction").path("id").asText();
        try {
            assertEquals(next, numbers(dossier()).get(article));
            assertEquals(story, http.get("/api/articles/" + article).json().path("story").asText());
        } finally {
            undo(move);
        }
        assertFalse(numbers(dossier()).containsKey(article));
    }

    void exportsAreDownloads() {
        Http.Answer csv = http.get("/api/stories/" + story + "/export?format=csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("story,story_title,claim,text"), csv.body());
        assertTrue(csv.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        Http.Answer json = http.get("/api/stories/" + story + "/export?format=json");
        assertEquals(story, json.json().path("stories").get(0).path("id").asText());
        assertEquals(200, http.get("/api/stories/" + story + "/export?format=md").status());
        assertEquals(200, http.get("/api/stories/" + story + "/export?format=html").status());
        assertEquals(400, http.get("/api/stories/" + story + "/export?format=pdf").status());
        assertEquals(404, http.get("/api/stories/" + NOBODY + "/export?format=csv").status());
        var page = Jsoup.parse(http.get("/stories/" + story).body());
        assertEquals(4, page.select(".exports a[href^=/api/stories/" + story + "/export]").size());
    }

    static Map<String, Integer> numbers(JsonNode dossier) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dossier.path("articles").forEach(a -> out.put(a.path("id").asText(), a.path("number").asInt()));
        return out;
    }

    private static JsonNode quote(JsonNode holder, String id) {
        for (JsonNode q : holder.path("quotes")) {
            if (q.path("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no quote " + id + " in " + holder.path("quotes"));
    }

    private static JsonNode entry(JsonNode log, String id) {
        for (JsonNode c : log.path("corrections")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("the log lacks " + id + ": " + log);
    }
}
