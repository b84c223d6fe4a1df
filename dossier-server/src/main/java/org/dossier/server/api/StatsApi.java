package org.dossier.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.dossier.server.Route;
import org.dossier.store.CommitInfo;
import org.dossier.store.Store;
import org.dossier.store.StoreStats;

/** {@code /api/stats}: how much the store holds and its last commit; a cheap health check. */
public final class StatsApi {
    private final Store store;

    public StatsApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/stats", "Counts of what the store holds, and its last commit.", List.of(),
                this::stats));
    }

    private void stats(Context ctx) throws IOException {
        StoreStats s = store.stats();
        List<CommitInfo> commits = store.commits();
        ApiJson.respond(ctx, j -> {
            j.writeStringField("store", store.location());
            j.writeNumberField("articles", s.articles());
            j.writeNumberField("stories", s.stories());
            j.writeNumberField("entities", s.entities());
            j.writeNumberField("quotes", s.quotes());
            j.writeNumberField("claims", s.claims());
            j.writeNumberField("reuses", s.reuses());
            j.writeNumberField("commits", s.commits());
            if (commits.isEmpty()) {
                j.writeNullField("last_commit");
            } else {
                CommitInfo c = commits.getLast();
                j.writeObjectFieldStart("last_commit");
                j.writeNumberField("sequence", c.sequence());
                j.writeStringField("time", c.time().toString());
                j.writeStringField("label", c.label());
                j.writeEndObject();
            }
        });
    }
}
