package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.server.api.IngestApi;
import org.dossier.server.api.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads are spooled under a directory per server; nothing of them outlives the answer, and what a
 * killed server left behind is removed by the next server start, never while its owner lives. Every
 * server here spools under the test's own temporary directory, not the system's.
 */
class UploadTempDirsIT {

    @Test
    void anUploadDirectoryLeftByAKilledServerIsRemovedByTheNextStartButNotWhileItsServerLives(@TempDir Path tmp)
            throws Exception {
        Process child = new ProcessBuilder(KilledUploadServer.command(tmp)).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int port = Integer.parseInt(await(out, "port ").substring("port ".length()).strip());
            CompletableFuture.runAsync(() -> new Http(port).upload("/api/ingest", ServerApiContract.TOKEN,
                    List.of(ServerApiContract.FIXTURES.resolve("hostile.html"))));
            await(out, "ingesting");
            Path left = only(tmp);
            assertTrue(left.getFileName().toString().startsWith("dossier-upload-" + child.pid() + "-"), left.toString());
            try (DossierServer beside = server(tmp)) {
                assertTrue(Files.isDirectory(left), "a live server's directory is kept");
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(left.resolve("upload-1").resolve("0-hostile.html")), "the kill left the upload");
            try (DossierServer next = server(tmp)) {
                assertFalse(Files.exists(left), "the next start removed what the killed server left");
                assertEquals(1, list(tmp).size(), "only the new server's own directory: " + list(tmp));
            }
            assertEquals(List.of(), list(tmp), "a closed server leaves nothing");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void uploadsLeaveNothingBehindWhateverTheAnswer(@TempDir Path tmp) throws IOException {
        Ingester ingester = (files, label) -> {
            if (files.getFirst().source().contains("boom")) {
                throw new IllegalStateException("the pipeline failed");
            }
            return new Ingester.Report(List.of(), List.of(), List.of(), 1);
        };
        Path big = tmp.resolve("big.html");
        Files.writeString(big, "<p>" + "harbour dues ".repeat(200_000) + "</p>", StandardCharsets.UTF_8);
        Path spool = Files.createDirectories(tmp.resolve("spool"));
        ServerConfig config = ServerConfig.loopback(0, ServerApiContract.TOKEN).withTempDir(spool);
        UploadDirs uploads = UploadDirs.open(spool);
        try (DossierServer server = new DossierServer(config,
                new IngestApi(ingester, config.maxUploadBytes(), uploads).routes(), app -> { }, "test", uploads).start()) {
            Http http = new Http(server.port());
            byte[] page = "<p>a page</p>".getBytes(StandardCharsets.UTF_8);
            assertEquals(200, http.upload("/api/ingest", ServerApiContract.TOKEN, List.of(big)).status(),
                    "a part past 1 MiB, which Jetty spools to disk");
            assertEquals(200, http.post("/api/ingest?name=a.html", ServerApiContract.TOKEN, "text/html", page).status());
            assertEquals(500, http.post("/api/ingest?name=boom.html", ServerApiContract.TOKEN, "text/html", page).status());
            assertEquals(400, http.post("/api/ingest", ServerApiContract.TOKEN, "multipart/form-data; boundary=b",
                    "--b\r\nno headers".getBytes(StandardCharsets.UTF_8)).status());
            assertEquals(List.of(UploadDirs.LOCK), list(uploads.root()).stream().map(p -> p.getFileName().toString())
                    .toList(), "after every answer only the lock is left");
        }
        assertEquals(List.of(), list(spool));
    }

    private static DossierServer server(Path tmp) {
        return new DossierServer(ServerConfig.loopback(0, ServerApiContract.TOKEN).withTempDir(tmp), List.of(),
                app -> { }, "test");
    }

    private static String await(BufferedReader out, String prefix) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the child ended before printing '" + prefix + "'");
    }

    private static Path only(Path dir) throws IOException {
        List<Path> all = list(dir);
        assertEquals(1, all.size(), all.toString());
        return all.getFirst();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
