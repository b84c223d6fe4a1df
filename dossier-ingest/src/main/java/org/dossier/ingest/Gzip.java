package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Recognises gzip by its magic number, not the file name. */
public final class Gzip {
    private Gzip() {
    }

    /** {@code in} inflated when it starts with the gzip magic, else {@code in} itself; needs mark support. */
    public static InputStream maybeInflate(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("stream must support mark: " + in.getClass().getName());
        }
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
