package org.dossier.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET with {@link java.net.http.HttpClient} over HTTP/1.1 (so what is stored is an HTTP/1.1
 * exchange, as WARC readers expect) and returns it as an {@link Exchange}. Redirects are not
 * followed here: the caller follows them, so every hop is checked against robots.txt and stored.
 * The whole response must arrive within the timeout; the body is cut at the size cap.
 */
final class HttpFetcher implements AutoCloseable {
    /** What a news fetcher wants: pages first, then feeds. No Accept-Encoding, so bodies arrive as they are. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final FetchConfig config;
    private final HttpClient client;

    HttpFetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    Exchange get(URI uri) throws IOException {
        Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.put("User-Agent", List.of(config.userAgent()));
        sent.put("Accept", List.of(ACCEPT));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(config.timeout());
        sent.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        Instant[] date = new Instant[1];
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> pending = client.sendAsync(request.build(), info -> {
            date[0] = Instant.now();
            return new CappedBodySubscriber(config.maxBytes());
        });
        HttpResponse<CappedBodySubscriber.Body> response;
        try {
            response = pending.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete response within " + config.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
        CappedBodySubscriber.Body body = response.body();
        return new Exchange(uri, date[0], HttpHeaders.of(sent, (a, b) -> true), response.statusCode(), response.headers(),
                body.bytes(), body.truncated());
    }

    private static IOException unwrap(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException e) {
            return e;
        }
        if (cause instanceof IOException e) {
            return e;
        }
        return new IOException(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    @Override
    public void close() {
        client.close();
    }
}
