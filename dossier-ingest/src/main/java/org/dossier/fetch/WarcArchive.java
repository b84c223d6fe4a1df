package org.dossier.fetch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC file a fetch writes: a {@code warcinfo} record saying who fetched and how, then a
 * {@code request} and a {@code response} record per exchange, linked by WARC-Concurrent-To, each
 * record its own gzip member when the name ends in {@code .gz}. The response holds the status
 * line, the headers and the body as received; the client has already undone chunked transfer
 * coding, so {@code Transfer-Encoding} is left out rather than describe bytes that are not there.
 * A body cut at the size cap is marked {@code WARC-Truncated: length}.
 */
public final class WarcArchive implements Closeable {
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"),
            Map.entry(204, "No Content"), Map.entry(206, "Partial Content"), Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"), Map.entry(303, "See Other"), Map.entry(304, "Not Modified"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final FileChannel channel;
    private final WarcWriter writer;

    private WarcArchive(FileChannel channel, WarcWriter writer) {
        this.channel = channel;
        this.writer = writer;
    }

    /** Creates {@code path} (which must not exist) and writes the warcinfo record. */
    public static WarcArchive create(Path path, FetchConfig config) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot create " + path + ": its directory does not exist", e);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException("cannot create " + path + ": it already exists", e);
        }
        try {
            WarcWriter writer = new WarcWriter(channel,
                    path.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
            Map<String, List<String>> info = new LinkedHashMap<>();
            info.put("software", List.of(config.userAgent().split(" ", 2)[0]));
            info.put("format", List.of("WARC File Format 1.1"));
            info.put("http-header-user-agent", List.of(config.userAgent()));
            info.put("robots", List.of("obey"));
            info.put("description", List.of("Fetched by dossier fetch: one request at a time, at least "
                    + config.hostDelay().toMillis() + " ms between requests to a host, bodies capped at " + config.maxBytes() + " bytes"));
            writer.write(new Warcinfo.Builder().date(Instant.now()).filename(path.getFileName().toString()).fields(info).build());
            return new WarcArchive(channel, writer);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Appends the exchange's request and response records. */
    void write(Exchange e) throws IOException {
        WarcRequest request = new WarcRequest.Builder(e.uri()).date(e.date())
                .body(MediaType.HTTP_REQUEST, requestBytes(e.uri(), e.requestHeaders())).build();
        WarcResponse.Builder response = new WarcResponse.Builder(e.uri()).date(e.date()).concurrentTo(request.id())
                .body(MediaType.HTTP_RESPONSE, responseBytes(e));
        if (e.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        writer.write(request);
        writer.write(response.build());
    }

    /** Bytes written so far. */
    public long size() throws IOException {
        return channel.position();
    }

    static byte[] requestBytes(URI uri, HttpHeaders headers) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder head = new StringBuilder("GET ").append(path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority().replaceFirst("^.*@", "")).append("\r\n");
        appendHeaders(head, headers);
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] responseBytes(Exchange e) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(e.status()).append(' ')
                .append(REASONS.getOrDefault(e.status(), "")).append("\r\n");
        appendHeaders(head, e.headers());
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + e.body().length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(e.body());
        return out.toByteArray();
    }

    private static void appendHeaders(StringBuilder out, HttpHeaders headers) {
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("transfer-encoding") || name.startsWith(":")) {
                return;
            }
            for (String v : values) {
                out.append(name).append(": ").append(v.replace("\r", "").replace("\n", " ")).append("\r\n");
            }
        });
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            writer.close();
        }
    }
}
