package org.dossier.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    /** The media type of {@code bytes} when they are a binary format, else empty. */
    Optional<String> binaryType(byte[] bytes, String source) {
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

    private static String describe(MediaType type) {
        return type.getBaseType().toString();
    }
}
