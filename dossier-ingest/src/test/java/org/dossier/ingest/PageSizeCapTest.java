package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page size cap: its messages name the size and the cap in the units of {@code --max-page-mb}. */
class PageSizeCapTest {
    private static final int MIB = 1 << 20;
    private final PageReader reader = new PageReader(new Limits(MIB), List.of());

    @TempDir
    Path tmp;

    private ReadResult readOnly(Path file) {
        List<ReadResult> items = reader.read(InputFile.of(file)).toList();
        assertEquals(1, items.size());
        return items.getFirst();
    }

    @Test
    void aFileOverTheCapIsRejectedWithItsSizeAndTheCap() throws IOException {
        Path big = Files.write(tmp.resolve("big.txt"), "a".repeat(3 * MIB).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var failed = assertInstanceOf(ReadResult.Failed.class, readOnly(big));
        assertEquals("too-large", failed.rejection().code());
        assertEquals("is 3 MB, larger than 1 MB, the page size cap (raise it with --max-page-mb)", failed.rejection().message());
    }

    @Test
    void aFileExactlyAtTheCapIsRead() throws IOException {
        Path file = Files.write(tmp.resolve("at-cap.txt"), new byte[MIB]);
        var page = assertInstanceOf(ReadResult.Page.class, readOnly(file));
        assertEquals(MIB, page.page().bytes().length);
    }

    @Test
    void aSmallGzipThatInflatesPastTheCapIsRejectedWithoutInflatingIt() throws IOException {
        Path bomb = tmp.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write(new byte[4 * MIB]);
        }
        var failed = assertInstanceOf(ReadResult.Failed.class, readOnly(bomb));
        assertEquals("too-large", failed.rejection().code());
        assertEquals("inflates to more than 1 MB, the page size cap (raise it with --max-page-mb)", failed.rejection().message());
    }

    @Test
    void aTruncatedGzipPageIsOneMalformedRejection() throws IOException {
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            out.write("<html><body><p>The harbour board met on Monday.</p></body></html>".repeat(50)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] cut = java.util.Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        var failed = assertInstanceOf(ReadResult.Failed.class, readOnly(Files.write(tmp.resolve("cut.html.gz"), cut)));
        assertEquals("malformed", failed.rejection().code());
        assertTrue(failed.rejection().message().startsWith("gzip data is corrupt or truncated"), failed.rejection().message());
    }

    @Test
    void sizesAreWrittenInTheUnitsTheOptionTakes() {
        assertEquals("16 MB", Limits.DEFAULT.describeCap());
        assertEquals("47.7 MB", Limits.inOptionUnits(50_000_000));
        assertEquals("300 bytes", Limits.inOptionUnits(300));
    }
}
