package org.dossier.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.output.ContractJson;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.review.Reviewed;

/**
 * {@code /api/entities}: the people, organisations and places the articles name, by how many
 * articles name them (the store's entity facets over the articles a search selects), and one entity
 * with its mentions, the articles that name it and its quotes.
 */
public final class EntityApi {
    /** The entity types a listing can ask for, as facets of the store. */
    public enum Kind {
        PERSON(Facet.PERSON), ORGANIZATION(Facet.ORGANIZATION), PLACE(Facet.PLACE);

        final Facet facet;

        Kind(Facet facet) {
            this.facet = facet;
        }
    }

    /** Most articles an entity page lists. */
    private static final int ARTICLES = 100;
    private static final int QUOTES = 100;
    private final Store store;

    public EntityApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        List<Route.Param> params = new ArrayList<>();
        params.add(Route.Param.query("type", "string", false, "person, organization or place (default: all three)"));
        params.add(Route.Param.query("q", "string", false, "count only in articles matching these words"));
        params.addAll(SearchApi.filterParams());
        return List.of(
                Route.get("/api/entities", "Entities by the number of matching articles that name them.", params,
                        this::list),
                Route.get("/api/entities/{id}", "One entity: names, roles, mentions, the articles that name it"
                        + " and what it said.", List.of(Route.Param.path("id", "the entity's id")), this::entity));
    }

    private void list(Context ctx) throws IOException {
        Set<Kind> kinds = Params.choice(ctx, "type", Kind.class).map(EnumSet::of).orElse(EnumSet.allOf(Kind.class));
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        kinds.forEach(k -> facets.add(k.facet));
        SearchQuery q = SearchApi.query(ctx, Params.text(ctx, "q").orElse(""));
        // the facet counts cover every matching article; one hit is enough to ask for them
        SearchResult r = store.search(q.withPage(0, 1).withFacets(facets));
        ApiJson.respond(ctx, j -> {
            j.writeNumberField("articles", r.total());
            j.writeArrayFieldStart("entities");
            for (Kind k : kinds) {
                for (FacetCount c : r.facets().getOrDefault(k.facet, List.of())) {
                    j.writeStartObject();
                    j.writeStringField("id", c.value());
                    j.writeStringField("type", k.name());
                    j.writeStringField("name", c.label());
                    j.writeNumberField("articles", c.count());
                    j.writeEndObject();
                }
            }
            j.writeEndArray();
        });
    }

    private void entity(Context ctx) throws IOException {
        String id = Params.id(ctx, "id");
        // merged and split as the review log says; a merged-away id answers as the entity it joined
        Entity e = Reviewed.of(store).entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
        List<StoredArticle> articles = store.articles(e.mentions().stream().map(EntityMention::article).distinct()
                .limit(ARTICLES).toList());
        Page<QuoteHit> quotes = store.quotes(QuoteQuery.bySpeaker(id, QUOTES));
        ApiJson.respond(ctx, j -> {
            ContractJson.entity(j, e);
            ApiJson.array(j, "articles", articles, (g, a) -> {
                g.writeStringField("id", a.id());
                ApiJson.metadata(g, a.analysed().article().metadata());
                ApiJson.optional(g, "story", a.story());
            });
            j.writeNumberField("quotes_total", quotes.total());
            ApiJson.array(j, "quotes", quotes.items(), QuoteApi::hit);
        });
    }

}
