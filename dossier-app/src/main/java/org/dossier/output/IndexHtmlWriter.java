package org.dossier.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Timestamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the standalone {@code index.html}: no scripts from anywhere, no network, styles inline.
 * The page is built as a jsoup DOM and article text only ever enters through
 * {@link Element#text(String)}, so it is escaped by construction.
 */
public final class IndexHtmlWriter {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}article{border-top:1px solid #ddd;padding:.8rem 0}
            .meta{color:#666;font-size:.9rem}.lead{margin:.3rem 0}.id{font-family:monospace;color:#999}
            """;

    public void write(Path file, List<ArticleSummary> articles, long rejected) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        doc.title("Dossier");
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text("Dossier");
        body.appendElement("p").addClass("meta").text(articles.size() + (articles.size() == 1 ? " article" : " articles")
                + (rejected > 0 ? ", " + rejected + " inputs rejected" : ""));
        Element list = body.appendElement("section").attr("id", "sources");
        list.appendElement("h2").text("Sources");
        for (ArticleSummary a : articles) {
            Element art = list.appendElement("article").attr("id", "a-" + a.id());
            art.appendElement("h3").text(a.displayTitle());
            String meta = String.join(" · ", List.of(
                    a.outlet().orElse(""), String.join(", ", a.authors()),
                    a.published().map(Timestamp::iso).orElse("")).stream().filter(s -> !s.isEmpty()).toList());
            if (!meta.isEmpty()) {
                art.appendElement("div").addClass("meta").text(meta);
            }
            art.appendElement("p").addClass("lead").text(a.lead());
            art.appendElement("div").addClass("id").text(a.id() + " · " + a.url().orElse(a.source()));
        }
        Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
    }
}
