package org.dossier.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.ingest.BoundedReader;
import org.dossier.ingest.Limits;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Turns one WARC record into a page, or says why it is none. A page is a {@code response} with a
 * 2xx HTTP status, or a {@code resource}, whose payload is HTML, XHTML or plain text (a payload
 * with no declared type counts when it starts like HTML). The payload is returned as the server
 * meant it: chunked transfer coding removed, and gzip or deflate content coding inflated, capped at
 * the page size limit after inflation.
 */
final class RecordPage {
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private RecordPage() {
    }

    /**
     * @throws IOException when the record's bytes end early or are corrupt: the caller resynchronises
     */
    static RecordOutcome read(WarcRecord record, String source, Limits limits) throws IOException {
        return switch (record) {
            case WarcResponse response when response.contentType().base().equals(MediaType.HTTP) -> http(response, source, limits);
            case WarcResource resource -> resource(resource, source, limits);
            case WarcResponse response -> new RecordOutcome.Skipped("response " + response.contentType().base());
            default -> new RecordOutcome.Skipped(record.type());
        };
    }

    private static RecordOutcome http(WarcResponse response, String source, Limits limits) throws IOException {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return new RecordOutcome.Skipped("response with HTTP status " + http.status());
        }
        Optional<String> declared = http.headers().first("Content-Type").map(String::strip).filter(s -> !s.isEmpty());
        String base = declared.map(RecordPage::baseType).orElse("");
        if (!declared.isEmpty() && !isPageType(base, response) && !base.equals("application/octet-stream")) {
            return new RecordOutcome.Skipped("response " + base);
        }
        MessageBody body;
        try {
            body = http.bodyDecoded();
        } catch (IOException e) {
            // an encoding jwarc cannot undo (br, zstd without their libraries, stacked codings)
            return failed(source, RejectCode.UNSUPPORTED, "the HTTP body cannot be decoded: " + e.getMessage());
        }
        return payload(body, source, response, declared, limits);
    }

    private static RecordOutcome resource(WarcResource resource, String source, Limits limits) throws IOException {
        Optional<String> declared = resource.headers().first("Content-Type").map(String::strip);
        String base = declared.map(RecordPage::baseType).orElse("");
        if (!isPageType(base, resource)) {
            return new RecordOutcome.Skipped("resource " + (base.isEmpty() ? "without a content type" : base));
        }
        return payload(resource.body(), source, resource, declared, limits);
    }

    private static RecordOutcome payload(MessageBody body, String source, WarcTargetRecord record, Optional<String> declared,
                                         Limits limits) throws IOException {
        Optional<byte[]> bytes;
        try (InputStream in = Channels.newInputStream(body)) {
            bytes = BoundedReader.readAtMost(in, limits.maxPageBytes());
        }
        if (bytes.isEmpty()) {
            return failed(source, RejectCode.TOO_LARGE, "the record's HTTP payload is larger than "
                    + Limits.megabytes(limits.maxPageBytes()) + " after decoding, the page size cap (--max-page-mb)");
        }
        boolean typed = declared.isPresent() && !baseType(declared.get()).equals("application/octet-stream");
        if (!typed && !startsLikeHtml(bytes.get())) {
            return new RecordOutcome.Skipped(record.type() + " without a page content type");
        }
        RawPage page = new RawPage(source, bytes.get(), Optional.of(record.target()), Optional.of(record.date()),
                typed ? declared : Optional.empty());
        return new RecordOutcome.Read(new ReadResult.Page(page));
    }

    private static boolean isPageType(String base, WarcTargetRecord record) {
        if (!PAGE_TYPES.contains(base)) {
            return false;
        }
        // crawlers archive robots.txt beside the pages; it is plain text but never an article
        return !(base.equals("text/plain") && record.target().toLowerCase(Locale.ROOT).matches("[a-z]+://[^/]+/robots\\.txt([?#].*)?"));
    }

    private static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") || head.contains("<body");
    }

    private static RecordOutcome failed(String source, RejectCode code, String message) {
        return new RecordOutcome.Read(new ReadResult.Failed(Rejection.of(source, code, message)));
    }
}
