package org.dossier.server.ui;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page shell every UI page shares: charset, the policy that forbids anything not served by
 * this server, the stylesheet and script from {@code /static}, the navigation and a search box.
 */
public final class Html {
    /** Sent as a header too; the meta copy keeps a saved page just as closed. */
    public static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
            + " connect-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Html() {
    }

    /** A new page titled {@code title}; add to the returned {@code main} element. */
    public static Document page(String title) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        doc.title(title + " · Dossier");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/dossier.css");
        head.appendElement("script").attr("src", "/static/dossier.js").attr("defer", "");
        Element header = doc.body().appendElement("header");
        header.appendElement("a").addClass("brand").attr("href", "/").text("Dossier");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Stories");
        nav.appendElement("a").attr("href", "/search").text("Search");
        nav.appendElement("a").attr("href", "/review").text("Review log");
        Element form = header.appendElement("form").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search articles")
                .attr("aria-label", "Search articles");
        doc.body().appendElement("main");
        return doc;
    }

    public static Element main(Document doc) {
        return doc.body().selectFirst("main");
    }

    public static String render(Document doc) {
        return "<!DOCTYPE html>\n" + doc.html().replaceFirst("^<!doctype html>\\s*", "").strip() + "\n";
    }
}
