package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.fetch.LocalSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier fetch} against a site on 127.0.0.1 only, and {@code analyze} over what it stored. */
class FetchCommandIT {
    @TempDir
    Path tmp;
    private LocalSite site;

    @BeforeEach
    void start() throws java.io.IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchCommandWritesAWarcThatAnalyzeTurnsIntoArticles() throws Exception {
        Path warc = tmp.resolve("cli.warc.gz");
        assertEquals(0, DossierCli.run("fetch", site.base() + "/article", "--out", warc.toString(), "--delay-ms", "0", "-q"));
        assertEquals(2, DossierCli.run("fetch", site.base() + "/article", "--out", warc.toString()), "refuses to overwrite");
        assertEquals(2, DossierCli.run("fetch", "ftp://127.0.0.1/x", "--out", tmp.resolve("y.warc").toString()));
        Path dir = tmp.resolve("dossier");
        assertEquals(0, DossierCli.run("analyze", warc.toString(), "--out", dir.toString(), "-q"));
        String articles = Files.readString(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        assertTrue(articles.contains("\"url\":\"" + site.base() + "/article\""), articles);
    }
}
