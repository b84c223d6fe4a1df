package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs, generated here (never committed), run through {@code dossier analyze} in a
 * separate JVM with {@code -Xmx1g}: each gives a clear line in rejected.jsonl (or, for markup a
 * browser would still render, an article) and the good page after them is still analysed.
 */
class HostileInputIT {
    @TempDir
    static Path tmp;
    private static final Map<String, JsonNode> rejected = new HashMap<>();
    private static final Map<String, JsonNode> articles = new HashMap<>();
    private static int exitCode;
    private static String stderr;

    @BeforeAll
    static void analyzeHostileInputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        writeHugePage(in.resolve("a-huge.html"), 100L << 20);
        writeGzipBomb(in.resolve("b-bomb.html.gz"), 1L << 30);
        writeDeepNesting(in.resolve("c-deep.html"), 10_000);
        Files.writeString(in.resolve("d-malformed-article.html"), malformedArticle(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("e-malformed-junk.html"), "<html><<body><p<<div>>></ta<ble><td>x</tr></html",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("f-report.html"), pdf());
        Files.writeString(in.resolve("g-good.html"), goodArticle(), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.dossier.cli.DossierCli", "analyze", in.toString(),
                "--out", out.toString(), "--threads", "2", "-q"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // a guard against a hang, far above the few seconds this takes; not a speed measurement
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("dossier analyze did not finish within 5 minutes on the hostile inputs");
        }
        exitCode = p.exitValue();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("rejected.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            rejected.put(Path.of(n.get("source").asText()).getFileName().toString(), n);
        }
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            articles.put(Path.of(n.get("source").asText()).getFileName().toString(), n);
        }
    }

    private static JsonNode rejection(String file) {
        JsonNode n = rejected.get(file);
        assertTrue(n != null, file + " is not in rejected.jsonl: " + rejected.keySet() + "; stderr: " + stderr);
        return n;
    }

    @Test
    void hundredMegabytePageIsRejectedTooLargeWithoutBeingReadWhole() {
        JsonNode r = rejection("a-huge.html");
        assertEquals("too-large", r.get("code").asText());
        assertTrue(r.get("message").asText().contains("larger than"), r.toString());
    }

    @Test
    void gzipBombIsRejectedTooLargeAtTheCap() {
        JsonNode r = rejection("b-bomb.html.gz");
        assertEquals("too-large", r.get("code").asText());
        assertTrue(r.get("message").asText().startsWith("inflates to more than"), r.toString());
    }

    @Test
    void tenThousandDeepNestingGivesAnArticleOrAClearRejection() {
        JsonNode r = rejected.get("c-deep.html");
        JsonNode a = articles.get("c-deep.html");
        assertTrue(a != null || r != null && r.get("code").asText().equals("no-article"),
                "deep nesting: article " + a + ", rejection " + r);
    }

    @Test
    void malformedHtmlIsReadLenientlyLikeABrowserWould() {
        assertTrue(articles.containsKey("d-malformed-article.html"), "articles: " + articles.keySet() + ", rejected: " + rejected);
        assertEquals("no-article", rejection("e-malformed-junk.html").get("code").asText());
    }

    @Test
    void pdfNamedHtmlIsRejectedAsNotText() {
        JsonNode r = rejection("f-report.html");
        assertEquals("not-text", r.get("code").asText());
        assertTrue(r.get("message").asText().contains("application/pdf"), r.toString());
    }

    @Test
    void batchGoesOnToTheGoodPageAndExitsSayingSomeWereRejected() {
        assertTrue(articles.containsKey("g-good.html"), "articles: " + articles.keySet() + "; stderr: " + stderr);
        assertEquals(1, exitCode, stderr);
        assertTrue(!stderr.contains("OutOfMemoryError") && !stderr.contains("StackOverflowError"), stderr);
    }

    private static void writeHugePage(Path file, long bytes) throws IOException {
        byte[] block = "<p>The same sentence again, a page that never ends and never should be read whole.</p>\n"
                .repeat(700).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<!DOCTYPE html><html><head><title>Huge</title></head><body>".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < bytes; n += block.length) {
                out.write(block);
            }
        }
    }

    /** {@code inflated} bytes of spaces inside an HTML shell: about a thousandth of that on disk. */
    private static void writeGzipBomb(Path file, long inflated) throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < inflated; n += spaces.length) {
                out.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 2 << 20, "the bomb is small on disk: " + Files.size(file));
    }

    private static void writeDeepNesting(Path file, int depth) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        html.append("<div>".repeat(depth));
        html.append(("<p>At the bottom of ten thousand nested elements sits a paragraph long enough to count as"
                + " article text for any extractor.</p>").repeat(3));
        html.append("</div>".repeat(depth)).append("</body></html>");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String malformedArticle() {
        String p = "<p>The council voted on Monday to close the old bridge to lorries after engineers found cracks"
                + " in two of its piers, a decision that will send heavy traffic through the town centre <b>for months";
        return "<html><head><title>Bridge closed<body><div class=story>" + p.repeat(4) + "<table><tr><td>stray cell</div>"
                + "</i></span></html></html><p>trailing";
    }

    private static String goodArticle() {
        String p = "<p>Firefighters brought the warehouse blaze under control late on Sunday, the fire service said,"
                + " and nobody was hurt.</p>";
        return "<!DOCTYPE html><html><head><title>Fire</title></head><body><article>" + p.repeat(4) + "</article></body></html>";
    }

    private static byte[] pdf() {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
