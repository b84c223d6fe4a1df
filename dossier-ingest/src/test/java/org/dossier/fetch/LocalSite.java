package org.dossier.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small news site on 127.0.0.1 (a random port) for fetch tests: an article, a feed, redirects, a
 * huge page, a slow page, and a robots.txt that names Dossier. It records every request it gets.
 */
public final class LocalSite implements AutoCloseable {
    /** One request the site received: its path and when (System.nanoTime). */
    record Hit(String path, long nanos, String userAgent) {
    }

    static final String ROBOTS = """
            User-agent: dossier
            Disallow: /private
            Allow: /

            User-agent: *
            Disallow: /
            """;

    final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
    /** What /robots.txt serves (null: a 503); a test may change it before the first request. */
    volatile String robots = ROBOTS;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String article(String title) {
        String p = "<p>" + title + " was reported on Tuesday by several outlets, which said the work would take two more years.</p>";
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + p.repeat(5) + "</article></body></html>";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
        try (ex) {
            switch (path) {
                case "/robots.txt" -> {
                    String r = robots;
                    send(ex, r == null ? 503 : 200, "text/plain", (r == null ? "down" : r).getBytes(StandardCharsets.UTF_8));
                }
                case "/article", "/item1", "/item2", "/private/secret" ->
                        send(ex, 200, "text/html; charset=utf-8", article("Story at " + path).getBytes(StandardCharsets.UTF_8));
                case "/chunked" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (String part : article("Chunked story").split("(?<=</p>)")) {
                            out.write(part.getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    }
                }
                case "/redirect" -> redirect(ex, "/article");
                case "/loop" -> redirect(ex, "/loop");
                case "/big" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    byte[] block = "<p>filler filler filler filler</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write(block);
                        }
                    } catch (IOException e) {
                        // the fetcher hung up at its cap, as it should
                    }
                }
                case "/slow" -> {
                    sleep(4000);
                    send(ex, 200, "text/html", article("Too late").getBytes(StandardCharsets.UTF_8));
                }
                case "/feed.xml" -> send(ex, 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
                default -> send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the client went away (a timeout test): nothing to do
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (String p : List.of("/item1", "/item2", "/private/secret")) {
            items.append("<item><title>").append(p).append("</title><link>").append(base()).append(p)
                    .append("</link><description>Short.</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>" + base() + "/</link>"
                + items + "</channel></rss>";
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> paths() {
        synchronized (hits) {
            return hits.stream().map(Hit::path).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
