package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's bad inputs that fit in a fast test: readable encodings decode correctly, the rest are
 * rejected with a clear code and message, and the terminal never shows a stack trace.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    private CliRun analyze(Path input) {
        CliRun run = CliRun.inProcess("analyze", input.toString(), "--out", tmp.resolve("out").toString(), "-q");
        assertFalse(run.printedStackTrace(), run.err());
        return run;
    }

    private JsonNode onlyRejection(CliRun run) {
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of(), Dossiers.articles(tmp.resolve("out")));
        List<JsonNode> rejected = Dossiers.rejected(tmp.resolve("out"));
        assertEquals(1, rejected.size(), rejected.toString());
        return rejected.getFirst();
    }

    private String onlyBody(CliRun run) {
        assertEquals(0, run.code(), run.err() + Dossiers.rejected(tmp.resolve("out")));
        List<JsonNode> articles = Dossiers.articles(tmp.resolve("out"));
        assertEquals(1, articles.size());
        return articles.getFirst().get("body").asText();
    }

    @Test
    void anEmptyFileIsRejectedAsEmpty() throws IOException {
        JsonNode r = onlyRejection(analyze(Files.write(tmp.resolve("empty.txt"), new byte[0])));
        assertEquals("empty", r.get("code").asText());
        assertEquals("the file is empty", r.get("message").asText());
    }

    @Test
    void aFileOfWhiteSpaceIsRejectedAsEmpty() throws IOException {
        JsonNode r = onlyRejection(analyze(Files.writeString(tmp.resolve("blank.html"), " \n\t\r\n  \n")));
        assertEquals("empty", r.get("code").asText());
    }

    @Test
    void aPngIsRejectedAsNotTextWhateverItsName() throws IOException {
        JsonNode r = onlyRejection(analyze(Files.write(tmp.resolve("article.txt"), Pages.png())));
        assertEquals("not-text", r.get("code").asText());
        assertTrue(r.get("message").asText().contains("image/png"), r.toString());
    }

    @Test
    void aWindows1251RussianScrapeDecodesToTheRightCyrillic() throws IOException {
        Path page = Files.write(tmp.resolve("ru.txt"), Pages.RUSSIAN.getBytes(Charset.forName("windows-1251")));
        String body = onlyBody(analyze(page));
        assertTrue(body.contains(Pages.RUSSIAN_BODY_WORDS), body);
        assertTrue(body.contains("«Корпус пробит в двух местах"), body);
        assertFalse(body.contains("\uFFFD"), body);
    }

    @Test
    void aUtf16LittleEndianFileWithBomDecodes() throws IOException {
        byte[] text = Pages.RUSSIAN.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(text, 0, withBom, 2, text.length);
        String body = onlyBody(analyze(Files.write(tmp.resolve("ru-utf16le.txt"), withBom)));
        assertTrue(body.contains(Pages.RUSSIAN_BODY_WORDS), body);
        assertFalse(body.contains("\uFEFF"), "the BOM is not text");
    }

    @Test
    void aUtf16BigEndianFileWithBomDecodes() throws IOException {
        // Java's "UTF-16" encoder writes a big-endian BOM first
        byte[] page = Files.readString(Dossiers.examples().resolve("corpus/03_marrowick_courier.txt"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16);
        String body = onlyBody(analyze(Files.write(tmp.resolve("courier-utf16be.txt"), page)));
        assertTrue(body.contains("told us to leave or be carried out"), body);
        assertTrue(body.contains("six o’clock"), body);
    }

    @Test
    void aPageOverTheSizeCapIsRejectedNamingItsSizeAndTheCap() throws IOException {
        byte[] page = Pages.smallArticle(1).repeat(1500).getBytes(StandardCharsets.UTF_8);
        Path big = Files.write(tmp.resolve("big.txt"), page);
        CliRun run = CliRun.inProcess("analyze", big.toString(), "--out", tmp.resolve("out").toString(), "-q",
                "--max-page-mb", "1");
        JsonNode r = onlyRejection(run);
        assertEquals("too-large", r.get("code").asText());
        assertTrue(r.get("message").asText().matches("is \\d\\.\\d MB, larger than 1 MB, the page size cap \\(raise it with --max-page-mb\\)"),
                r.toString());
    }
}
