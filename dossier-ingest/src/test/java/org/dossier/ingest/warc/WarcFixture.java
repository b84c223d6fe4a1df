package org.dossier.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/** Builds WARC records as bytes, one gzip member each when compressed, so tests can cut and splice them. */
final class WarcFixture {
    static final Instant DATE = Instant.parse("2024-04-19T12:32:05Z");

    private WarcFixture() {
    }

    static byte[] record(WarcRecord record, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] http(int status, String headers, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return concat(head, body);
    }

    static WarcRecord response(String uri, byte[] httpBytes) {
        return new WarcResponse.Builder(URI.create(uri)).date(DATE).body(MediaType.HTTP_RESPONSE, httpBytes).build();
    }

    static WarcRecord htmlResponse(String uri, String html) {
        return response(uri, http(200, "Content-Type: text/html; charset=utf-8\r\n", html.getBytes(StandardCharsets.UTF_8)));
    }

    static WarcRecord request(String uri) {
        byte[] req = ("GET " + URI.create(uri).getPath() + " HTTP/1.1\r\nHost: " + URI.create(uri).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return new WarcRequest.Builder(URI.create(uri)).date(DATE).body(MediaType.HTTP_REQUEST, req).build();
    }

    static WarcRecord warcinfo() {
        return new Warcinfo.Builder().date(DATE).fields(java.util.Map.of("software", java.util.List.of("test"))).build();
    }

    static WarcRecord metadata(String uri) {
        return new WarcMetadata.Builder().targetURI(uri).date(DATE)
                .body(MediaType.WARC_FIELDS, "outlinks: http://example.org/\r\n".getBytes(StandardCharsets.UTF_8)).build();
    }

    static WarcRecord revisit(String uri) {
        return new WarcRevisit.Builder(URI.create(uri), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(DATE)
                .body(MediaType.HTTP_RESPONSE, http(200, "Content-Type: text/html\r\n", new byte[0])).build();
    }

    static String article(String title) {
        String para = "<p>" + title + " is a paragraph long enough to read as article text for any extractor here.</p>";
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + para.repeat(4) + "</article></body></html>";
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] cut(byte[] bytes, int keep) {
        return java.util.Arrays.copyOf(bytes, keep);
    }
}
