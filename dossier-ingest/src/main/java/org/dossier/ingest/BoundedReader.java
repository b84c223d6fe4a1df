package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream to its end unless it is longer than a cap, never holding more than the cap. */
public final class BoundedReader {
    private BoundedReader() {
    }

    /** The bytes of {@code in}, or empty when it holds more than {@code cap} bytes. */
    public static Optional<byte[]> readAtMost(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 1 << 16));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > cap) {
                return Optional.empty();
            }
            out.write(buf, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
