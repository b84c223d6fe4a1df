package org.dossier.server.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.InputFile;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.server.UploadDirs;

/**
 * {@code POST /api/ingest}: pages or WARC files, as {@code multipart/form-data} parts named
 * {@code file} or as one raw body named by {@code ?name=}, saved to a directory of its own under the
 * server's {@link UploadDirs} (never more than the upload limit, removed when the upload is answered),
 * run through the pipeline and added to the store.
 */
public final class IngestApi {
    private final Ingester ingester;
    private final long maxBytes;
    private final UploadDirs uploads;

    public IngestApi(Ingester ingester, long maxBytes, UploadDirs uploads) {
        this.ingester = ingester;
        this.maxBytes = maxBytes;
        this.uploads = uploads;
    }

    public List<Route> routes() {
        return List.of(Route.post("/api/ingest", "Adds pages (HTML, text) or WARC files to the store through the"
                        + " analysis pipeline; answers the articles, rejections and stories.",
                List.of(Route.Param.query("name", "string", false,
                        "the file name of a raw (non-multipart) body, e.g. page.html or crawl.warc.gz")),
                "multipart/form-data with one or more 'file' parts, or the raw bytes of one file", this::ingest));
    }

    private void ingest(Context ctx) throws IOException {
        Path dir = uploads.newUpload();
        try {
            List<InputFile> files = ctx.isMultipartFormData() ? saveParts(ctx, dir) : saveBody(ctx, dir);
            if (files.isEmpty()) {
                throw ApiException.badRequest("no-files", "the request holds no file: send multipart parts named"
                        + " 'file', or a raw body with ?name=");
            }
            String label = "upload: " + String.join(", ", files.stream().map(InputFile::source).toList());
            Ingester.Report r = ingester.ingest(files, label.length() > 200 ? label.substring(0, 200) + "…" : label);
            ApiJson.respond(ctx, j -> {
                j.writeArrayFieldStart("articles");
                for (String id : r.articles()) {
                    j.writeString(id);
                }
                j.writeEndArray();
                ApiJson.array(j, "rejected", r.rejected(), (g, x) -> org.dossier.output.ContractJson.rejection(g, x));
                j.writeArrayFieldStart("stories");
                for (String id : r.stories()) {
                    j.writeString(id);
                }
                j.writeEndArray();
                j.writeNumberField("commit", r.commit());
            });
        } finally {
            uploads.delete(dir);
        }
    }

    private List<InputFile> saveParts(Context ctx, Path dir) throws IOException {
        List<InputFile> files = new ArrayList<>();
        long total = 0;
        for (UploadedFile f : parts(ctx)) {
            total += f.size();
            if (total > maxBytes) {
                throw tooLarge();
            }
            try (InputStream in = f.content()) {
                files.add(save(in, f.filename(), dir, files.size()));
            }
        }
        return files;
    }

    /**
     * The {@code file} parts, parsed by Jetty. Its parser throws an {@link IllegalStateException} that
     * says "exceeds" for a part or a request past the configured maximum, and an {@link IOException}
     * (or an {@link IllegalStateException} around its cause) for a body that is not the multipart its
     * {@code Content-Type} announces: no boundary, no closing boundary, a part without headers.
     */
    private List<UploadedFile> parts(Context ctx) {
        try {
            return ctx.uploadedFiles("file");
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("exceeds")) {
                throw tooLarge();
            }
            throw badUpload(e);
        } catch (Exception e) {
            // Javalin is Kotlin: Jetty's checked IOException arrives undeclared
            throw badUpload(e);
        }
    }

    private static ApiException badUpload(Exception e) {
        Throwable why = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
        return ApiException.badRequest("bad-upload", "the multipart/form-data body cannot be read ("
                + (why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage()) + "): send each"
                + " file as a part named 'file' between the boundaries the Content-Type names, or the raw bytes"
                + " of one file with ?name=");
    }

    private List<InputFile> saveBody(Context ctx, Path dir) throws IOException {
        String name = Params.text(ctx, "name").orElseThrow(() -> ApiException.badRequest("bad-parameter",
                "a raw upload needs ?name=FILE (its extension tells a WARC from a page), or send multipart/form-data"));
        try (InputStream in = ctx.req().getInputStream()) {
            InputFile f = save(in, name, dir, 0);
            return Files.size(f.path()) == 0 ? List.of() : List.of(f);
        }
    }

    /** Copies at most the limit; the file keeps its base name (format detection reads the extension). */
    private InputFile save(InputStream in, String given, Path dir, int n) throws IOException {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "upload" + base;
        }
        Path target = dir.resolve(n + "-" + base);
        long copied = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                copied += r;
                if (copied > maxBytes) {
                    throw tooLarge();
                }
                out.write(buf, 0, r);
            }
        }
        return new InputFile(target, given == null || given.isBlank() ? base : given);
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too-large", "the upload is larger than the limit of " + maxBytes + " bytes");
    }
}
