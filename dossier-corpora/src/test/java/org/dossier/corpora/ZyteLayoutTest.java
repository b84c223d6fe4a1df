package org.dossier.corpora;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZyteLayoutTest {
    private static final String HTML = "<html><body><p>Rain flooded the square.</p></body></html>";
    private static final String TEXT = "Rain flooded the square.\nThe mayor asked for funds.";

    /** Two pages, written out of id order: {@code b} gzipped HTML with a URL, {@code a} a text dump without one. */
    static Path twoPages(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("text"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/b.html.gz")))) {
            out.write(HTML.getBytes(UTF_8));
        }
        Files.writeString(dir.resolve("text/a.txt"), TEXT, UTF_8);
        Files.writeString(dir.resolve(ZyteLayout.TRUTH), """
                {"b": {"articleBody": "Rain flooded the square.", "url": "https://example.org/b"},
                 "a": {"articleBody": "Rain flooded the square.\\nThe mayor asked for funds.", "url": null}}""", UTF_8);
        return dir;
    }

    @Test
    void pagesComeInIdOrderWithTheirTruthAndUrl(@TempDir Path dir) throws IOException {
        List<ZyteLayout.Page> pages = ZyteLayout.open(twoPages(dir)).pages();
        assertEquals(List.of("a", "b"), pages.stream().map(ZyteLayout.Page::id).toList());
        assertEquals(TEXT, pages.get(0).truth().articleBody());
        assertEquals(Optional.empty(), pages.get(0).page().url());
        assertEquals(Optional.of("https://example.org/b"), pages.get(1).page().url());
        assertEquals(dir.resolve("html/b.html.gz").toString(), pages.get(1).page().source());
    }

    @Test
    void aGzippedPageIsReadGunzippedAndATextDumpAsItIs(@TempDir Path dir) throws IOException {
        List<ZyteLayout.Page> pages = ZyteLayout.open(twoPages(dir)).pages();
        assertArrayEquals(TEXT.getBytes(UTF_8), pages.get(0).page().bytes());
        assertArrayEquals(HTML.getBytes(UTF_8), pages.get(1).page().bytes());
    }

    @Test
    void theTruthIsReadWithoutThePages(@TempDir Path dir) throws IOException {
        twoPages(dir);
        Files.delete(dir.resolve("text/a.txt"));
        ZyteLayout zyte = ZyteLayout.open(dir);
        assertEquals(List.of("a", "b"), zyte.truth().stream().map(ZyteLayout.Truth::id).toList());
        IOException e = assertThrows(IOException.class, zyte::pages);
        assertTrue(e.getMessage().contains("no page file for truth id a"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutTruthIsNotOne(@TempDir Path dir) throws IOException {
        assertEquals(Optional.empty(), ZyteLayout.find(dir));
        IOException e = assertThrows(IOException.class, () -> ZyteLayout.open(dir));
        assertTrue(e.getMessage().contains("has no ground-truth.json"), e.getMessage());
    }

    @Test
    void truthThatIsNotJsonIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ZyteLayout.TRUTH), "{not json", UTF_8);
        IOException e = assertThrows(IOException.class, () -> ZyteLayout.find(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve(ZyteLayout.TRUTH) + " is not the Zyte ground truth JSON"), e.getMessage());
    }
}
