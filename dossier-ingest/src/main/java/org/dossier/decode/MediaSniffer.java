package org.dossier.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells binary formats by their magic numbers with Tika's MIME database. Only magic is used, not
 * the file name, so a PNG named {@code page.txt} is still a PNG. Thread-safe.
 */
final class MediaSniffer {
    private static final Set<String> TEXTUAL_TYPES = Set.of("text", "message", "multipart");
    private static final Set<String> TEXTUAL_SUBTYPES = Set.of("xml", "xhtml+xml", "json", "javascript",
            "rss+xml", "atom+xml", "x-sh", "x-httpd-php", "x-bat", "ld+json");
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** Bytes looked at by {@link #plainlyText}: any compressed or binary data shows a control byte long before. */
    private static final int TEXT_HEAD = 8192;
    /** Binary formats whose first kilobytes may be printable ASCII, so they always go to Tika. */
    private static final List<byte[]> ASCII_MAGIC = List.of(bytes("%PDF-"), bytes("%!PS"));

    /** The media type of {@code bytes} when they are a binary format, else empty. */
    Optional<String> binaryType(byte[] bytes, String source) {
        if (plainlyText(bytes)) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = types.detect(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 1 << 16)), new Metadata());
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array does not fail: " + source, e);
        }
        if (type == null || MediaType.OCTET_STREAM.equals(type)) {
            // no magic matched: text or an unknown binary; the control-character check decides
            return Optional.empty();
        }
        if (TEXTUAL_TYPES.contains(type.getType()) || TEXTUAL_SUBTYPES.contains(type.getSubtype())) {
            return Optional.empty();
        }
        return Optional.of(describe(type));
    }

    /**
     * Whether the head of {@code b} has no control bytes (other than white space and ESC) and no
     * ASCII magic: then no binary format matches, and Tika's ~1,500 magic patterns, which cost more
     * than decoding and extracting a page together, are skipped. UTF-16 (NUL bytes) still goes to
     * Tika; a binary that slips through is caught by the decoder's control-character check.
     */
    static boolean plainlyText(byte[] b) {
        for (byte[] magic : ASCII_MAGIC) {
            if (b.length >= magic.length && java.util.Arrays.equals(b, 0, magic.length, magic, 0, magic.length)) {
                return false;
            }
        }
        int n = Math.min(b.length, TEXT_HEAD);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String describe(MediaType type) {
        return type.getBaseType().toString();
    }
}
