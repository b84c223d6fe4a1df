package org.dossier.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.output.ContractJson;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.Page;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;
import org.dossier.store.review.Reviewed;
import org.dossier.store.review.ReviewedStory;

/** {@code /api/stories}: the stories, newest first, and one story's whole dossier. */
public final class StoryApi {
    private final Store store;

    public StoryApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/stories", "Stories, the most recently seen first.",
                        Params.pagingParams("stories", 50),
                        this::list),
                Route.get("/api/stories/{id}", "A story's dossier: its articles with their bodies, quotes, entities,"
                                + " claims, timeline and reuse between its sources.",
                        List.of(Route.Param.path("id", "the story's id")), this::dossier));
    }

    private void list(Context ctx) throws IOException {
        Params.Paging p = Params.page(ctx, 50);
        Page<Story> page = store.stories(p.offset(), p.limit());
        ApiJson.respond(ctx, j -> {
            ApiJson.paging(j, page.total(), p.offset(), p.limit());
            ApiJson.array(j, "stories", page.items(), ContractJson::story);
        });
    }

    private void dossier(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        ReviewedStory d = Reviewed.of(store).story(id).orElseThrow(() -> ApiException.notFound("story", id));
        write(ctx, d);
    }

    /**
     * The dossier as JSON: the story's records in the contract's field names, quotes cut from their
     * bodies, with the review applied: each article's fixed citation {@code number}, each claim's
     * {@code id} and reviewer's {@code verdict}, and the {@code corrections} in effect.
     */
    static void write(Context ctx, ReviewedStory reviewed) throws IOException {
        StoryDossier d = reviewed.dossier();
        Map<String, String> bodies = new HashMap<>();
        for (StoredArticle a : d.articles()) {
            bodies.put(a.id(), a.analysed().body());
        }
        ApiJson.respond(ctx, j -> {
            j.writeObjectFieldStart("story");
            ContractJson.story(j, d.story());
            j.writeEndObject();
            ApiJson.array(j, "articles", d.articles(), (g, a) -> {
                ContractJson.article(g, a.analysed().article());
                ApiJson.optional(g, "story", a.story());
                g.writeNumberField("number", reviewed.number(a.id()));
            });
            j.writeArrayFieldStart("quotes");
            for (StoredArticle a : d.articles()) {
                quotes(j, a.analysed().article(), a.analysed().quotes());
            }
            j.writeEndArray();
            ApiJson.array(j, "entities", d.entities(), ContractJson::entity);
            ApiJson.array(j, "claims", d.claims(), (g, c) -> {
                g.writeStringField("id", Reviewed.claimId(c));
                ContractJson.claim(g, c, bodies);
                var v = reviewed.verdict(c);
                if (v.isPresent()) {
                    g.writeObjectFieldStart("verdict");
                    ReviewApi.correction(g, v.get());
                    g.writeEndObject();
                } else {
                    g.writeNullField("verdict");
                }
            });
            ApiJson.array(j, "timeline", d.timeline(), ContractJson::timeline);
            ApiJson.array(j, "reuses", d.reuses(), (g, r) -> ContractJson.reuse(g, r, bodies.getOrDefault(r.a(), "")));
            ApiJson.array(j, "corrections", reviewed.corrections(), ReviewApi::correction);
        });
    }

    static void quotes(JsonGenerator j, Article a, List<Quote> quotes) throws IOException {
        for (Quote q : quotes) {
            j.writeStartObject();
            ContractJson.quote(j, a, q);
            j.writeEndObject();
        }
    }
}
