package org.dossier.ingest.warc;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputFormat;
import org.dossier.ingest.Limits;
import org.dossier.ingest.ReadResult;

/**
 * WARC 0.x/1.0/1.1 files, plain or gzipped record by record ({@code .warc}, {@code .warc.gz}, or
 * any name whose first bytes are {@code WARC/}), and their predecessor ARC ({@code .arc},
 * {@code .arc.gz}, first bytes {@code filedesc://}), which jwarc reads as WARC responses. Each {@code response} (or {@code resource}) record
 * with an HTML, XHTML or plain-text payload and a 2xx status gives one page with source
 * {@code file#offset}; every other record is skipped without a report, since a crawl holds far more
 * requests, images and scripts than pages. See {@link WarcPages} for how bad records are reported.
 */
public final class WarcFormat implements InputFormat {
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /** Every ARC file starts with its filedesc record. */
    private static final byte[] ARC_MAGIC = "filedesc://".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "warc";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return fileName.endsWith(".warc") || fileName.endsWith(".warc.gz") || fileName.endsWith(".arc")
                || fileName.endsWith(".arc.gz") || startsWith(head, MAGIC) || startsWith(head, ARC_MAGIC);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Stream<ReadResult> read(InputFile file, Limits limits) {
        return WarcPages.stream(file, limits);
    }
}
