package org.dossier.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;

/**
 * {@code /api/search}: articles by words (BM25), by meaning (embeddings) or both, with filters and
 * facet counts. Meaning needs a {@link QueryEmbedder}; without one such a search is a 400.
 */
public final class SearchApi {
    private final Store store;
    private final Optional<QueryEmbedder> embedder;

    public SearchApi(Store store, Optional<QueryEmbedder> embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    public List<Route> routes() {
        List<Route.Param> params = new ArrayList<>();
        params.add(Route.Param.query("q", "string", false, "the words to look for; blank lists every article"));
        params.add(Route.Param.query("mode", "string", false, "full-text (default), semantic or hybrid"));
        params.add(Route.Param.query("facets", "string", false,
                "comma-separated facets to count: outlet, person, organization, place, story, language, month"));
        params.addAll(filterParams());
        return List.of(Route.get("/api/search", "Searches articles; hits carry a snippet, facets their counts.",
                params, this::search));
    }

    /** The filters and paging every article list takes. */
    public static List<Route.Param> filterParams() {
        List<Route.Param> params = new ArrayList<>(List.of(
                Route.Param.query("outlet", "string", false, "outlet names, comma-separated"),
                Route.Param.query("person", "string", false, "person entity ids or names"),
                Route.Param.query("organization", "string", false, "organisation entity ids or names"),
                Route.Param.query("place", "string", false, "place entity ids or names"),
                Route.Param.query("story", "string", false, "story ids"),
                Route.Param.query("language", "string", false, "ISO 639-1 codes"),
                Route.Param.query("from", "string", false, "first publication day, yyyy-mm-dd"),
                Route.Param.query("to", "string", false, "last publication day, yyyy-mm-dd")));
        params.addAll(Params.pagingParams("hits", 20));
        return params;
    }

    /** A full-text query of {@code text} with the request's filters and paging. */
    public static SearchQuery query(Context ctx, String text) {
        SearchFilters f = SearchFilters.NONE
                .withOutlets(Params.list(ctx, "outlet"))
                .withPeople(Params.list(ctx, "person"))
                .withOrganizations(Params.list(ctx, "organization"))
                .withPlaces(Params.list(ctx, "place"))
                .withStories(Params.list(ctx, "story"))
                .withLanguages(Params.list(ctx, "language"));
        var from = Params.date(ctx, "from");
        var to = Params.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiException.badRequest("bad-parameter", "to " + to.get() + " is before from " + from.get());
        }
        f = f.withDates(from, to);
        Params.Paging p = Params.page(ctx, 20);
        return SearchQuery.fullText(text, p.limit()).withFilters(f).withPage(p.offset(), p.limit());
    }

    private void search(Context ctx) throws IOException {
        String text = Params.text(ctx, "q").orElse("");
        SearchQuery q = query(ctx, text).withFacets(facets(ctx));
        SearchMode mode = Params.choice(ctx, "mode", SearchMode.class).orElse(SearchMode.FULL_TEXT);
        if (mode != SearchMode.FULL_TEXT) {
            if (text.isEmpty()) {
                throw ApiException.badRequest("bad-parameter", mode.name().toLowerCase(Locale.ROOT)
                        + " search needs words in q");
            }
            QueryEmbedder e = embedder.orElseThrow(() -> new ApiException(400, "semantic-unavailable",
                    "this server runs without the embedding model; use mode=full-text"));
            q = q.withMode(mode, Optional.of(e.embed(text)));
        }
        SearchResult r = store.search(q);
        int offset = q.offset();
        int limit = q.limit();
        ApiJson.respond(ctx, j -> {
            j.writeStringField("q", text);
            j.writeStringField("mode", mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ApiJson.paging(j, r.total(), offset, limit);
            j.writeNumberField("micros", r.micros());
            ApiJson.array(j, "hits", r.hits(), SearchApi::hit);
            facetCounts(j, r.facets());
        });
    }

    static void hit(JsonGenerator j, SearchHit h) throws IOException {
        j.writeStringField("article", h.article());
        j.writeNumberField("score", h.score());
        ApiJson.optional(j, "story", h.story());
        ApiJson.optional(j, "snippet", h.snippet());
        ApiJson.metadata(j, h.metadata());
    }

    private static void facetCounts(JsonGenerator j, Map<Facet, List<FacetCount>> facets) throws IOException {
        j.writeObjectFieldStart("facets");
        for (var e : facets.entrySet()) {
            ApiJson.array(j, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue(), (g, c) -> {
                g.writeStringField("value", c.value());
                g.writeStringField("label", c.label());
                g.writeNumberField("count", c.count());
            });
        }
        j.writeEndObject();
    }

    private static Set<Facet> facets(Context ctx) {
        Set<Facet> out = EnumSet.noneOf(Facet.class);
        for (String v : Params.list(ctx, "facets")) {
            try {
                out.add(Facet.valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad-parameter", "facets '" + v + "' is not one of "
                        + EnumSet.allOf(Facet.class).stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
        return out;
    }
}
