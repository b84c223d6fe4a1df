package org.dossier.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.Correction;
import org.dossier.store.Store;
import org.dossier.store.review.ReviewLog;
import org.dossier.store.review.ReviewRequests;
import org.dossier.store.review.Reviewed;

/**
 * The review endpoints: a reviewer with the write token corrects a quote's speaker, merges or
 * splits entities, gives a claim a verdict, hides an article from a story or moves it to another,
 * and undoes any of it; {@code GET /api/review} is the audit log. Each correction names its reviewer
 * ({@code by}) and is kept in the store's review log with its time; a request repeating the change in
 * effect changes nothing and answers the entry already there ({@code created: false}).
 */
public final class ReviewApi {
    /** The longest reviewer name and value (a speaker's name, an entity's name). */
    static final int MAX_NAME = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;
    private final Ingester writer;

    public ReviewApi(Store store, Ingester writer) {
        this.store = store;
        this.writer = writer;
    }

    public List<Route> routes() {
        String by = "'by' (the reviewer, required) and 'note' (optional)";
        return List.of(
                Route.get("/api/review", "The review log, oldest first: every correction and undo with who made it,"
                        + " when, and whether it is in effect.", Params.pagingParams("corrections", 100), this::log),
                Route.post("/api/articles/{article}/quotes/{quote}/speaker", "Sets a quote's speaker.",
                        List.of(Route.Param.path("article", "the quote's article"), Route.Param.path("quote", "the quote's id")),
                        "JSON: 'speaker' (an entity id or a name), " + by, this::speaker),
                Route.post("/api/articles/{article}/quotes/{quote}/speaker/remove", "Says a quote's speaker is unknown.",
                        List.of(Route.Param.path("article", "the quote's article"), Route.Param.path("quote", "the quote's id")),
                        "JSON: " + by, this::removeSpeaker),
                Route.post("/api/entities/{id}/merge", "Merges an entity into another, which keeps its id.",
                        List.of(Route.Param.path("id", "the entity merged away")),
                        "JSON: 'into' (the entity id it joins), " + by, this::merge),
                Route.post("/api/entities/{id}/split", "Splits the mentions of one name off an entity into an entity of"
                        + " their own.", List.of(Route.Param.path("id", "the entity")),
                        "JSON: 'name' (one of its names), " + by, this::split),
                Route.post("/api/stories/{story}/claims/{claim}/verdict", "Marks a claim supported, disputed or"
                        + " unsupported.", List.of(Route.Param.path("story", "the story"), Route.Param.path("claim", "the claim's id")),
                        "JSON: 'verdict' (supported, disputed or unsupported), " + by, this::verdict),
                Route.post("/api/stories/{story}/articles/{article}/hide", "Hides an article from a story; its citation"
                        + " number stays reserved.", List.of(Route.Param.path("story", "the story"),
                        Route.Param.path("article", "the article")), "JSON: " + by, this::hide),
                Route.post("/api/stories/{story}/articles/{article}/move", "Moves an article to another story, where it"
                        + " takes the next citation number.", List.of(Route.Param.path("story", "the story it is in"),
                        Route.Param.path("article", "the article")), "JSON: 'to' (the story id), " + by, this::move),
                Route.post("/api/review/{id}/undo", "Takes a correction back.",
                        List.of(Route.Param.path("id", "the correction's id")), "JSON: " + by, this::undo));
    }

    private void log(Context ctx) throws IOException {
        Params.Paging p = Params.page(ctx, 100);
        ReviewLog log = new ReviewLog(store.corrections());
        List<Correction> entries = log.entries();
        List<Correction> page = entries.subList(Math.min(p.offset(), entries.size()),
                Math.min(p.offset() + p.limit(), entries.size()));
        Set<String> undone = log.undone();
        Set<String> effective = Set.copyOf(log.effective().stream().map(Correction::id).toList());
        ApiJson.respond(ctx, j -> {
            ApiJson.paging(j, entries.size(), p.offset(), p.limit());
            ApiJson.array(j, "corrections", page, (g, c) -> {
                correction(g, c);
                g.writeBooleanField("undone", undone.contains(c.id()));
                g.writeBooleanField("in_effect", effective.contains(c.id()));
            });
        });
    }

    /** A correction's fields, as the log and the answers write them. */
    public static void correction(JsonGenerator j, Correction c) throws IOException {
        for (var e : c.fields().entrySet()) {
            j.writeStringField(e.getKey(), e.getValue());
        }
    }

    private void speaker(Context ctx) throws IOException {
        Body b = Body.of(ctx);
        Optional<String> speaker = Optional.of(b.required("speaker", MAX_NAME));
        record(ctx, b, r -> r.speaker(Params.id(ctx, "article"), Params.id(ctx, "quote"), speaker));
    }

    private void removeSpeaker(Context ctx) throws IOException {
        record(ctx, Body.of(ctx), r -> r.speaker(Params.id(ctx, "article"), Params.id(ctx, "quote"), Optional.empty()));
    }

    private void merge(Context ctx) throws IOException {
        Body b = Body.of(ctx);
        String into = b.id("into");
        record(ctx, b, r -> r.merge(Params.id(ctx, "id"), into));
    }

    private void split(Context ctx) throws IOException {
        Body b = Body.of(ctx);
        String name = b.required("name", MAX_NAME);
        record(ctx, b, r -> r.split(Params.id(ctx, "id"), name));
    }

    private void verdict(Context ctx) throws IOException {
        Body b = Body.of(ctx);
        String verdict = b.required("verdict", MAX_NAME);
        record(ctx, b, r -> r.verdict(Params.id(ctx, "story"), Params.id(ctx, "claim"), verdict));
    }

    private void hide(Context ctx) throws IOException {
        record(ctx, Body.of(ctx), r -> r.hide(Params.id(ctx, "story"), Params.id(ctx, "article")));
    }

    private void move(Context ctx) throws IOException {
        Body b = Body.of(ctx);
        String to = b.id("to");
        record(ctx, b, r -> r.move(Params.id(ctx, "story"), Params.id(ctx, "article"), to));
    }

    private void undo(Context ctx) throws IOException {
        record(ctx, Body.of(ctx), r -> r.undo(Params.id(ctx, "id")));
    }

    /** Checks the request against the store as it reads now, then has the writer record it. */
    private void record(Context ctx, Body b, java.util.function.Function<ReviewRequests, Correction> request)
            throws IOException {
        Correction asked;
        try {
            asked = request.apply(new ReviewRequests(Reviewed.of(store), b.by(), b.note(), Instant.now()));
        } catch (ReviewRequests.Refused e) {
            throw e.unknown() ? new ApiException(404, "not-found", e.getMessage())
                    : ApiException.badRequest("bad-parameter", e.getMessage());
        }
        ReviewLog.Recorded r = writer.review(asked);
        ApiJson.respond(ctx, j -> {
            j.writeObjectFieldStart("correction");
            correction(j, r.correction());
            j.writeEndObject();
            j.writeBooleanField("created", r.created());
        });
    }

    /** A review request's JSON body, each bad field a 400 that names it. */
    record Body(JsonNode json) {
        static final int MAX_NOTE = Params.MAX_TEXT;

        static Body of(Context ctx) {
            String text = ctx.body();
            if (text.isBlank()) {
                return new Body(JSON.createObjectNode());
            }
            try {
                JsonNode n = JSON.readTree(text);
                if (n == null || !n.isObject()) {
                    throw ApiException.badRequest("bad-parameter", "body: must be a JSON object");
                }
                return new Body(n);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiException.badRequest("bad-parameter", "body: is not JSON (" + e.getOriginalMessage() + ")");
            }
        }

        Optional<String> text(String field, int max) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isTextual()) {
                throw bad(field, v.toString(), "must be a string");
            }
            String s = v.asText().strip();
            if (s.length() > max) {
                throw bad(field, s, "is longer than " + max + " characters");
            }
            if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                throw bad(field, s, "holds control characters");
            }
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }

        String required(String field, int max) {
            return text(field, max).orElseThrow(() -> bad(field, "", "is required"));
        }

        String id(String field) {
            String v = required(field, 16 + 1);
            if (!v.matches("[0-9a-f]{16}")) {
                throw bad(field, v, "is not an id (16 hex digits)");
            }
            return v;
        }

        String by() {
            return required("by", MAX_NAME);
        }

        String note() {
            return text("note", MAX_NOTE).orElse("");
        }

        static ApiException bad(String field, String value, String why) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            return ApiException.badRequest("bad-parameter", "field '" + field + "'" + (shown.isEmpty() ? "" : " '" + shown + "'")
                    + " " + why);
        }
    }
}
