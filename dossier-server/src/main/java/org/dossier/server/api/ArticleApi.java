package org.dossier.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.dossier.model.DateMention;
import org.dossier.output.ContractJson;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.review.Reviewed;

/** {@code /api/articles}: the articles, newest first (a search without words), and one article whole. */
public final class ArticleApi {
    private final Store store;

    public ArticleApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/articles", "Articles, newest first; the search filters narrow the list.",
                        SearchApi.filterParams(), this::list),
                Route.get("/api/articles/{id}", "One article: metadata, paragraphs, body, problems, dates and quotes.",
                        List.of(Route.Param.path("id", "the article's id")), this::article));
    }

    private void list(Context ctx) throws IOException {
        SearchQuery q = SearchApi.query(ctx, "");
        SearchResult r = store.search(q);
        ApiJson.respond(ctx, j -> {
            ApiJson.paging(j, r.total(), q.offset(), q.limit());
            ApiJson.array(j, "articles", r.hits(), (g, h) -> {
                g.writeStringField("id", h.article());
                ApiJson.metadata(g, h.metadata());
                ApiJson.optional(g, "story", h.story());
            });
        });
    }

    private void article(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        Reviewed r = Reviewed.of(store);
        StoredArticle a = r.article(id).orElseThrow(() -> ApiException.notFound("article", id));
        ApiJson.respond(ctx, j -> {
            ContractJson.article(j, a.analysed().article());
            ApiJson.optional(j, "story", r.storyOf(a));
            j.writeArrayFieldStart("dates");
            for (DateMention d : a.analysed().dates()) {
                j.writeStartObject();
                ContractJson.date(j, id, d, false);
                j.writeEndObject();
            }
            for (DateMention d : a.anchoredDates()) {
                j.writeStartObject();
                ContractJson.date(j, id, d, true);
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("quotes");
            StoryApi.quotes(j, a.analysed().article(), a.analysed().quotes());
            j.writeEndArray();
        });
    }
}
