package org.dossier.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Reuse;
import org.dossier.model.Timestamp;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;
import org.jsoup.nodes.Element;

/**
 * The story's provenance as an inline SVG: one node per source, left to right by publication time,
 * an arrow from the likely source to each article that reuses it; and the same pairs as a list.
 */
final class ProvenanceSvg {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 260;
    private static final int LABEL_CHARS = 22;

    private ProvenanceSvg() {
    }

    static void append(Element s, StoryDossier d, Map<String, Integer> number) {
        s.appendElement("h2").text("Provenance");
        List<StoredArticle> order = new ArrayList<>(d.articles());
        order.sort(Comparator.comparing((StoredArticle a) -> a.analysed().article().metadata().published()
                .map(Timestamp::iso).orElse("~")));
        Map<String, int[]> at = new HashMap<>();
        int n = order.size();
        // one source needs one row; more alternate between two so neighbours' labels do not collide
        int height = n == 1 ? HEIGHT / 2 : HEIGHT;
        for (int i = 0; i < n; i++) {
            int x = n == 1 ? WIDTH / 2 : 70 + i * (WIDTH - 140) / (n - 1);
            int y = i % 2 == 0 ? 90 : 180;
            at.put(order.get(i).id(), new int[] {x, y});
        }
        Element svg = s.appendElement("svg").addClass("graph").attr("viewBox", "0 0 " + WIDTH + " " + height)
                .attr("role", "img").attr("aria-label", "Provenance graph of " + n + " sources and "
                        + d.reuses().size() + " reuse links");
        Element marker = svg.appendElement("defs").appendElement("marker").attr("id", "arrow")
                .attr("viewBox", "0 0 10 10").attr("refX", "28").attr("refY", "5").attr("markerWidth", "7")
                .attr("markerHeight", "7").attr("orient", "auto-start-reverse");
        marker.appendElement("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", "#7d8d98");
        for (Reuse r : d.reuses()) {
            int[] a = at.get(r.a());
            int[] b = at.get(r.b());
            if (a != null && b != null) {
                svg.appendElement("line").addClass("edge").attr("x1", "" + a[0]).attr("y1", "" + a[1])
                        .attr("x2", "" + b[0]).attr("y2", "" + b[1]).attr("marker-end", "url(#arrow)")
                        .appendElement("title").text(kind(r));
            }
        }
        for (StoredArticle a : order) {
            int[] p = at.get(a.id());
            Article art = a.analysed().article();
            Element g = svg.appendElement("a").attr("href", "#src-" + a.id()).appendElement("g").addClass("node");
            g.appendElement("title").text(Fmt.title(art.metadata(), art.source()));
            g.appendElement("circle").attr("cx", "" + p[0]).attr("cy", "" + p[1]).attr("r", "22");
            g.appendElement("text").attr("x", "" + p[0]).attr("y", "" + (p[1] + 5)).attr("text-anchor", "middle")
                    .text("[" + number.get(a.id()) + "]");
            String label = art.metadata().outlet().orElse(art.source());
            if (label.length() > LABEL_CHARS) {
                label = label.substring(0, LABEL_CHARS - 1) + "…";
            }
            g.appendElement("text").attr("x", "" + p[0]).attr("y", "" + (p[1] + (p[1] < 120 ? -32 : 42)))
                    .attr("text-anchor", "middle").text(label);
        }
        Element ul = s.appendElement("ul").addClass("reuses");
        if (d.reuses().isEmpty()) {
            s.appendElement("p").addClass("empty").text("No text reuse between these sources.");
        }
        for (Reuse r : d.reuses()) {
            Integer a = number.get(r.a());
            Integer b = number.get(r.b());
            if (a != null && b != null) {
                ul.appendElement("li").text("[" + b + "] " + kind(r) + " [" + a + "] (score "
                        + Math.round(r.score() * 100) + "%, " + r.direction().name().toLowerCase(Locale.ROOT) + ")");
            }
        }
    }

    private static String kind(Reuse r) {
        return switch (r.kind()) {
            case COPY -> "copies";
            case NEAR_COPY -> "nearly copies";
            case PARAPHRASE -> "paraphrases";
        };
    }
}
