package org.dossier.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Timestamp;
import org.dossier.server.Route;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;

/** {@code /api/quotes}: quotes by speaker (an entity id or a name) and by words, within the search filters. */
public final class QuoteApi {
    private final Store store;

    public QuoteApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        List<Route.Param> params = new ArrayList<>();
        params.add(Route.Param.query("speaker", "string", false, "the speaker's entity id, or words of their name"));
        params.add(Route.Param.query("q", "string", false, "words the quote contains"));
        params.addAll(SearchApi.filterParams());
        return List.of(Route.get("/api/quotes", "Quotes, the most relevant (then the newest) first.", params,
                this::list));
    }

    private void list(Context ctx) throws IOException {
        SearchQuery s = SearchApi.query(ctx, "");
        QuoteQuery q = new QuoteQuery(Params.text(ctx, "speaker"), Params.text(ctx, "q"), s.filters(), s.offset(),
                s.limit());
        Page<QuoteHit> page = store.quotes(q);
        ApiJson.respond(ctx, j -> {
            ApiJson.paging(j, page.total(), q.offset(), q.limit());
            ApiJson.array(j, "quotes", page.items(), QuoteApi::hit);
        });
    }

    /** A quote found: the contract's quote fields (but the cue, whose words need the body) and its article's. */
    static void hit(JsonGenerator j, QuoteHit h) throws IOException {
        Quote q = h.quote();
        j.writeStringField("id", h.id());
        j.writeStringField("article", h.article());
        j.writeStringField("kind", q.kind().label());
        j.writeStringField("text", h.text());
        j.writeNumberField("start", q.content().start());
        j.writeNumberField("end", q.content().end());
        if (q.speaker().isPresent()) {
            Speaker s = q.speaker().get();
            j.writeObjectFieldStart("speaker");
            ApiJson.optional(j, "entity", s.entity());
            j.writeStringField("name", s.name());
            j.writeNumberField("start", s.mention().start());
            j.writeNumberField("end", s.mention().end());
            j.writeEndObject();
        } else {
            j.writeNullField("speaker");
        }
        ApiJson.optional(j, "story", h.story());
        ApiJson.optional(j, "outlet", h.metadata().outlet());
        ApiJson.optional(j, "title", h.metadata().title());
        ApiJson.optional(j, "published", h.metadata().published().map(Timestamp::iso));
    }
}
