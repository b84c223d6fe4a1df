package org.dossier.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.export.DossierExport;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.Store;
import org.dossier.store.review.ReviewedStory;

/**
 * {@code /api/export} and {@code /api/stories/{id}/export}: the store's current dossier, or one
 * story's, with the review applied, as {@code dossier export} writes it (json, md, csv, html), sent
 * as a download.
 */
public final class ExportApi {
    private final Store store;

    public ExportApi(Store store) {
        this.store = store;
    }

    public List<Route> routes() {
        Route.Param format = Route.Param.query("format", "string", true, "json, md, csv or html");
        return List.of(
                Route.get("/api/export", "The store's dossier, every story, with the review applied, as one file.",
                        List.of(format), ctx -> export(ctx, Optional.empty())),
                Route.get("/api/stories/{id}/export", "One story's dossier with the review applied, as one file.",
                        List.of(Route.Param.path("id", "the story's id"), format),
                        ctx -> export(ctx, Optional.of(Params.id(ctx, "id")))));
    }

    private void export(Context ctx, Optional<String> story) throws IOException {
        String name = Params.text(ctx, "format").orElse("");
        DossierExport.Format format = DossierExport.Format.of(name).orElseThrow(() -> ApiException.badRequest(
                "bad-parameter", "format '" + name + "' must be json, md, csv or html"));
        DossierExport export = new DossierExport(store);
        List<ReviewedStory> stories = export.stories(story);
        if (story.isPresent() && stories.isEmpty()) {
            throw ApiException.notFound("story", story.get());
        }
        Path dir = Files.createTempDirectory("dossier-export-");
        Path file = dir.resolve("dossier." + format.extension());
        try {
            export.write(stories, format, file);
            String download = "dossier" + story.map(s -> "-" + s).orElse("") + "." + format.extension();
            ctx.contentType(format.mediaType()).header("Content-Disposition", "attachment; filename=\"" + download + "\"")
                    .result(Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
