package org.dossier.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Quote;
import org.dossier.model.SourceSpan;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;
import org.dossier.store.review.ReviewedStory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A story's page: the briefing (its claims, each with citations to its sources), the timeline,
 * quotes grouped by speaker, the provenance graph and the sources side by side with their quotes
 * and claim sources marked. Citations are links to the source columns.
 */
public final class StoryPage {
    /** Claims the briefing shows, the best corroborated first. */
    private static final int BRIEFING_CLAIMS = 12;
    private static final int LEAD_CHARS = 280;

    private StoryPage() {
    }

    public static String render(StoryDossier d) {
        Map<String, Integer> numbers = new HashMap<>();
        d.story().articles().forEach(a -> numbers.put(a, numbers.size() + 1));
        return render(new ReviewedStory(d, numbers, Map.of(), List.of()));
    }

    /** The page of a story with its review applied: fixed citation numbers, verdicts, the review controls. */
    public static String render(ReviewedStory reviewed) {
        StoryDossier d = reviewed.dossier();
        Document doc = Html.page(d.story().title());
        Element main = Html.main(doc);
        main.attr("data-story", d.story().id());
        main.appendElement("h1").text(d.story().title());
        main.appendElement("p").addClass("meta").text(Fmt.plural(d.articles().size(), "source", "sources")
                + (d.story().firstSeen().isPresent() ? " · " + Fmt.range(d.story().firstSeen(), d.story().lastSeen()) : "")
                + " · " + Fmt.plural(quoteCount(d), "quote", "quotes") + " · " + Fmt.plural(d.claims().size(), "claim", "claims"));
        Element toc = main.appendElement("nav").addClass("toc");
        for (String[] s : new String[][] {{"briefing", "Briefing"}, {"timeline", "Timeline"}, {"quotes", "Quotes"},
                {"provenance", "Provenance"}, {"sources", "Sources"}}) {
            toc.appendElement("a").attr("href", "#" + s[0]).text(s[1]);
        }
        ReviewControls.exports(main, d.story().id());
        ReviewControls.reviewerBox(main);
        // citation numbers are fixed when an article joins the story (a hidden one keeps its number)
        Map<String, Integer> number = new HashMap<>();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (StoredArticle a : d.articles()) {
            number.put(a.id(), reviewed.number(a.id()) > 0 ? reviewed.number(a.id()) : number.size() + 1);
            byId.put(a.id(), a.analysed().article());
        }
        Cites cites = new Cites(number, byId);
        briefing(main.appendElement("section").attr("id", "briefing"), reviewed, cites);
        timeline(main.appendElement("section").attr("id", "timeline"), d, cites);
        quotes(main.appendElement("section").attr("id", "quotes"), d, cites);
        ProvenanceSvg.append(main.appendElement("section").attr("id", "provenance"), d, number);
        sources(main.appendElement("section").attr("id", "sources"), d, number);
        ReviewControls.applied(main, reviewed.corrections());
        return Html.render(doc);
    }

    private static long quoteCount(StoryDossier d) {
        return d.articles().stream().mapToLong(a -> a.analysed().quotes().size()).sum();
    }

    private static void briefing(Element s, ReviewedStory reviewed, Cites cites) {
        StoryDossier d = reviewed.dossier();
        s.appendElement("h2").text("Briefing");
        if (d.claims().isEmpty()) {
            s.appendElement("p").addClass("empty").text("No claims have been drawn for this story yet; the sources' leads:");
        }
        Element ol = s.appendElement("ol").addClass("briefing");
        if (!d.claims().isEmpty()) {
            List<Claim> claims = new ArrayList<>(d.claims());
            claims.sort(Comparator.comparingInt(Claim::corroboration).reversed());
            for (Claim c : Fmt.first(claims, BRIEFING_CLAIMS)) {
                Element li = ol.appendElement("li").addClass("claim").text(c.text());
                cites.append(li, c.sources().stream().map(SourceSpan::article).toList());
                if (c.singleSource()) {
                    li.appendElement("span").addClass("tag").text("single source");
                }
                ReviewControls.claim(li, d.story().id(), c, reviewed);
                for (Conflict x : c.conflicts()) {
                    Element con = li.appendElement("div").addClass("conflict").text("Disputed: " + x.text()
                            + (x.why().isBlank() ? "" : " (" + x.why() + ")"));
                    cites.append(con, List.of(x.source().article()));
                }
            }
            return;
        }
        for (Map.Entry<String, Article> e : cites.articles.entrySet()) {
            String lead = e.getValue().paragraphs().getFirst().text();
            if (lead.length() > LEAD_CHARS) {
                int cut = lead.lastIndexOf(' ', LEAD_CHARS);
                lead = lead.substring(0, cut > 0 ? cut : LEAD_CHARS) + "…";
            }
            Element li = ol.appendElement("li").addClass("lead").text(lead);
            cites.append(li, List.of(e.getKey()));
        }
    }

    private static void timeline(Element s, StoryDossier d, Cites cites) {
        s.appendElement("h2").text("Timeline");
        Element ol = s.appendElement("ol").addClass("timeline");
        List<TimelineEntry> entries = new ArrayList<>(d.timeline());
        entries.sort(Comparator.comparing(TimelineEntry::date));
        for (TimelineEntry t : entries) {
            Element li = ol.appendElement("li").addClass("event");
            li.appendElement("time").attr("datetime", t.date().iso()).text(t.date().iso());
            li.appendText(" " + t.text());
            cites.append(li, t.articles());
        }
        // when each source published: the coverage's own timeline, always known from the metadata
        List<Map.Entry<String, Article>> dated = cites.articles.entrySet().stream()
                .filter(e -> e.getValue().metadata().published().isPresent())
                .sorted(Comparator.comparing((Map.Entry<String, Article> e) -> e.getValue().metadata().published().get()))
                .toList();
        if (entries.isEmpty() && dated.isEmpty()) {
            s.appendElement("p").addClass("empty").text("No dated events or publication dates.");
        }
        for (Map.Entry<String, Article> e : dated) {
            Timestamp when = e.getValue().metadata().published().get();
            Element li = ol.appendElement("li").addClass("published");
            li.appendElement("time").attr("datetime", when.iso()).text(when.iso());
            li.appendText(" " + e.getValue().metadata().outlet().orElse("A source") + " publishes “"
                    + Fmt.title(e.getValue().metadata(), e.getValue().source()) + "”");
            cites.append(li, List.of(e.getKey()));
        }
    }

    private static void quotes(Element s, StoryDossier d, Cites cites) {
        s.appendElement("h2").text("Quotes by speaker");
        Map<String, List<Element>> bySpeaker = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (StoredArticle a : d.articles()) {
            Article art = a.analysed().article();
            for (Quote q : a.analysed().quotes()) {
                String key = q.speaker().map(sp -> sp.entity().orElse("name:" + sp.name())).orElse("");
                names.putIfAbsent(key, q.speaker().map(sp -> sp.name()).orElse("Unattributed"));
                Element bq = new Element("blockquote").addClass(q.kind().label()).text(q.text(art.body()));
                cites.append(bq, List.of(art.id()));
                ReviewControls.quote(bq, art.id(), q.id(art.id()));
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(bq);
            }
        }
        if (bySpeaker.isEmpty()) {
            s.appendElement("p").addClass("empty").text("No quotes in these sources.");
            return;
        }
        List<String> keys = new ArrayList<>(bySpeaker.keySet());
        // the most quoted first; the unattributed last
        keys.sort(Comparator.comparing((String k) -> k.isEmpty()).thenComparing(k -> -bySpeaker.get(k).size()));
        for (String k : keys) {
            Element div = s.appendElement("div").addClass("speaker");
            Element h = div.appendElement("h3");
            if (!k.isEmpty() && !k.startsWith("name:")) {
                h.appendElement("a").attr("href", "/entities/" + k).text(names.get(k));
            } else {
                h.text(names.get(k));
            }
            h.appendElement("span").addClass("tag").text(Fmt.plural(bySpeaker.get(k).size(), "quote", "quotes"));
            bySpeaker.get(k).forEach(div::appendChild);
        }
    }

    private static void sources(Element s, StoryDossier d, Map<String, Integer> number) {
        s.appendElement("h2").text("Sources side by side");
        Map<String, List<Marked.Mark>> marks = new HashMap<>();
        for (Claim c : d.claims()) {
            for (SourceSpan src : c.sources()) {
                marks.computeIfAbsent(src.article(), k -> new ArrayList<>()).add(new Marked.Mark(src.span(), "c",
                        "claim: " + c.text()));
            }
        }
        Element grid = s.appendElement("div").addClass("sources");
        for (StoredArticle a : d.articles()) {
            Article art = a.analysed().article();
            List<Marked.Mark> m = new ArrayList<>(marks.getOrDefault(art.id(), List.of()));
            for (Quote q : a.analysed().quotes()) {
                m.add(new Marked.Mark(q.content(), "q", "quote" + q.speaker().map(sp -> " by " + sp.name()).orElse("")));
            }
            Element col = grid.appendElement("article").addClass("source").attr("id", "src-" + art.id());
            col.appendElement("div").addClass("meta").text("[" + number.get(art.id()) + "] " + Fmt.byline(art.metadata()));
            col.appendElement("h3").appendElement("a").attr("href", "/articles/" + art.id())
                    .text(Fmt.title(art.metadata(), art.source()));
            Marked.paragraphs(col, art, m);
            art.metadata().url().ifPresent(u -> col.appendElement("div").addClass("meta").text(u));
            ReviewControls.source(col, d.story().id(), art.id());
        }
    }

    /** Citation links: "[n]" to the source column of each article, numbered in story order. */
    private record Cites(Map<String, Integer> number, Map<String, Article> articles) {
        void append(Element to, List<String> articleIds) {
            for (String id : articleIds.stream().distinct().toList()) {
                Integer n = number.get(id);
                if (n != null) {
                    to.appendElement("a").addClass("cite").attr("href", "#src-" + id)
                            .attr("title", Fmt.title(articles.get(id).metadata(), articles.get(id).source()))
                            .text("[" + n + "]");
                }
            }
        }
    }
}
