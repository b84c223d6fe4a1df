package org.dossier.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next WARC record starts after a corrupt one, by scanning forward: in a WARC.gz
 * for the next gzip member that inflates to a WARC or ARC record header, in a plain WARC for a line that starts
 * with {@code WARC/1.0} or the like. This works because writers compress each record as its
 * own gzip member (the WARC standard's recommendation, followed by Common Crawl, Heritrix, wget
 * and jwarc); a file gzipped as one stream, or a plain ARC, cannot be resynchronised and ends at
 * its first bad record.
 */
final class RecordStart {
    private static final int BLOCK = 1 << 16;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private RecordStart() {
    }

    /** The offset of the first record start at or after {@code from}, or empty when there is none. */
    static OptionalLong find(FileChannel file, long from, boolean gzip) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BLOCK + 16);
        long base = from;
        while (base < file.size()) {
            buf.clear();
            int n = file.read(buf, base);
            if (n <= 0) {
                break;
            }
            byte[] a = buf.array();
            // stop a few bytes short of the block end unless at EOF, so a pattern split across two
            // blocks is seen whole in the next one
            int limit = base + n >= file.size() ? n : n - 16;
            for (int i = 0; i < limit; i++) {
                long at = base + i;
                if (gzip ? isGzipMagic(a, i, n) && inflatesToWarc(file, at) : isVersionLine(a, i, n)) {
                    return OptionalLong.of(at);
                }
            }
            base += Math.max(limit, 1);
        }
        return OptionalLong.empty();
    }

    private static boolean isGzipMagic(byte[] a, int i, int n) {
        return i + 2 < n && (a[i] & 0xff) == 0x1f && (a[i + 1] & 0xff) == 0x8b && a[i + 2] == 8;
    }

    private static boolean inflatesToWarc(FileChannel file, long at) {
        try {
            InputStream in = new GZIPInputStream(Channels.newInputStream(file.position(at)), 512);
            String head = new String(in.readNBytes(16), StandardCharsets.ISO_8859_1);
            // a WARC record, or an ARC one: its header line starts with the URL
            return head.startsWith("WARC/") || head.matches("(?s)(filedesc|https?|dns):.*");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code WARC/1.0} (or 1.1, 0.18) ending its line. The line need not follow a newline: a
     * truncated record is followed directly by the next record's first byte.
     */
    private static boolean isVersionLine(byte[] a, int i, int n) {
        int k = i;
        for (byte b : WARC) {
            if (k >= n || a[k++] != b) {
                return false;
            }
        }
        if (k + 2 >= n || (a[k] != '1' && a[k] != '0') || a[k + 1] != '.') {
            return false;
        }
        k += 2;
        int digits = 0;
        while (k < n && a[k] >= '0' && a[k] <= '9' && digits < 3) {
            k++;
            digits++;
        }
        return digits > 0 && k < n && (a[k] == '\r' || a[k] == '\n');
    }
}
