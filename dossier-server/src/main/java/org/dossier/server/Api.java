package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.server.api.ArticleApi;
import org.dossier.server.api.EntityApi;
import org.dossier.server.api.ExportApi;
import org.dossier.server.api.IngestApi;
import org.dossier.server.api.Ingester;
import org.dossier.server.api.QueryEmbedder;
import org.dossier.server.api.QuoteApi;
import org.dossier.server.api.ReviewApi;
import org.dossier.server.api.SearchApi;
import org.dossier.server.api.StatsApi;
import org.dossier.server.api.StoryApi;
import org.dossier.server.ui.WebUi;
import org.dossier.store.Store;

/** Assembles the server from a store: every API route, the UI, and the ingester for uploads. */
public final class Api {
    private Api() {
    }

    public static List<Route> routes(Store store, Ingester ingester, Optional<QueryEmbedder> embedder,
                                     long maxUploadBytes, UploadDirs uploads) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new StoryApi(store).routes());
        routes.addAll(new ArticleApi(store).routes());
        routes.addAll(new EntityApi(store).routes());
        routes.addAll(new QuoteApi(store).routes());
        routes.addAll(new SearchApi(store, embedder).routes());
        routes.addAll(new StatsApi(store).routes());
        routes.addAll(new IngestApi(ingester, maxUploadBytes, uploads).routes());
        routes.addAll(new ReviewApi(store, ingester).routes());
        routes.addAll(new ExportApi(store).routes());
        return routes;
    }

    /** A server over {@code store}, not yet started. */
    public static DossierServer server(ServerConfig config, Store store, Ingester ingester,
                                       Optional<QueryEmbedder> embedder, String version) {
        UploadDirs uploads = UploadDirs.open(config.tempDir());
        try {
            return new DossierServer(config, routes(store, ingester, embedder, config.maxUploadBytes(), uploads),
                    new WebUi(store, embedder)::register, version, uploads);
        } catch (RuntimeException e) {
            uploads.close();
            throw e;
        }
    }
}
