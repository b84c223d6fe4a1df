package org.dossier.server.ui;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.server.ApiException;
import org.dossier.server.api.Params;
import org.dossier.server.api.QueryEmbedder;
import org.dossier.server.api.SearchApi;
import org.dossier.store.Facet;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.review.ReviewLog;
import org.dossier.store.review.Reviewed;

/** Registers the UI's pages and its two static files on the server. */
public final class WebUi {
    private static final Map<String, String> STATIC = Map.of("dossier.css", "text/css; charset=utf-8",
            "dossier.js", "text/javascript; charset=utf-8");
    private static final int PAGE = 50;
    private final Store store;
    private final Optional<QueryEmbedder> embedder;

    public WebUi(Store store, Optional<QueryEmbedder> embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    public void register(Javalin app) {
        app.get("/", this::stories);
        app.get("/stories/{id}", ctx -> html(ctx, StoryPage.render(Reviewed.of(store).story(Params.id(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("story", ctx.pathParam("id"))))));
        app.get("/articles/{id}", ctx -> html(ctx, ListPages.article(Reviewed.of(store).article(Params.id(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("article", ctx.pathParam("id"))))));
        app.get("/review", ctx -> html(ctx, ReviewControls.logPage(new ReviewLog(store.corrections()))));
        app.get("/entities/{id}", this::entity);
        app.get("/search", this::search);
        app.get("/static/{file}", WebUi::asset);
    }

    private void stories(Context ctx) {
        Params.Paging p = Params.page(ctx, PAGE);
        html(ctx, ListPages.stories(store.stories(p.offset(), p.limit()), p.offset(), p.limit()));
    }

    private void entity(Context ctx) {
        String id = Params.id(ctx, "id");
        Entity e = Reviewed.of(store).entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
        var articles = store.articles(e.mentions().stream().map(EntityMention::article).distinct().limit(100).toList());
        html(ctx, ListPages.entity(e, articles, store.quotes(QuoteQuery.bySpeaker(id, 100))));
    }

    private void search(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        SearchMode mode = Params.choice(ctx, "mode", SearchMode.class).orElse(SearchMode.FULL_TEXT);
        List<String> modes = new ArrayList<>(List.of(label(SearchMode.FULL_TEXT)));
        if (embedder.isPresent()) {
            modes.add(label(SearchMode.SEMANTIC));
            modes.add(label(SearchMode.HYBRID));
        }
        if (q.isEmpty()) {
            html(ctx, ListPages.search(q, label(mode), modes, null, 0, PAGE));
            return;
        }
        SearchQuery query = SearchApi.query(ctx, q).withFacets(EnumSet.of(Facet.OUTLET, Facet.PERSON,
                Facet.ORGANIZATION, Facet.STORY));
        if (mode != SearchMode.FULL_TEXT) {
            QueryEmbedder e = embedder.orElseThrow(() -> new ApiException(400, "semantic-unavailable",
                    "this server runs without the embedding model; search by words instead"));
            query = query.withMode(mode, Optional.of(e.embed(q)));
        }
        html(ctx, ListPages.search(q, label(mode), modes, store.search(query), query.offset(), query.limit()));
    }

    private static String label(SearchMode m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String type = STATIC.get(name);
        if (type == null) {
            throw new ApiException(404, "not-found", "no file " + name);
        }
        try (InputStream in = WebUi.class.getResourceAsStream("/org/dossier/server/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks static/" + name);
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        }
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", Html.CSP).html(page);
    }
}
