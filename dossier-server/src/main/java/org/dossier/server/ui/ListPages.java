package org.dossier.server.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.StoredArticle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The story list, the search page, an entity's page and an article's page. */
public final class ListPages {
    private ListPages() {
    }

    public static String stories(Page<Story> page, int offset, int limit) {
        Document doc = Html.page("Stories");
        Element main = Html.main(doc);
        main.appendElement("h1").text("Stories");
        main.appendElement("p").addClass("meta").text(Fmt.plural(page.total(), "story", "stories"));
        if (page.items().isEmpty()) {
            main.appendElement("p").addClass("empty").text("The store holds no stories yet.");
            return Html.render(doc);
        }
        Element table = main.appendElement("section").appendElement("table").addClass("stories");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Story");
        head.appendElement("th").text("Sources");
        head.appendElement("th").text("Seen");
        Element body = table.appendElement("tbody");
        for (Story s : page.items()) {
            Element tr = body.appendElement("tr").attr("data-story", s.id());
            tr.appendElement("td").appendElement("a").attr("href", "/stories/" + s.id()).text(s.title());
            tr.appendElement("td").text(Integer.toString(s.articles().size()));
            tr.appendElement("td").addClass("meta").text(Fmt.range(s.firstSeen(), s.lastSeen()));
        }
        pager(main, "/?", page.total(), offset, limit);
        return Html.render(doc);
    }

    /** The search page: the form, and when there was a query, its hits and facets. */
    public static String search(String q, String mode, List<String> modes, SearchResult r, int offset, int limit) {
        Document doc = Html.page(q.isEmpty() ? "Search" : "Search: " + q);
        Element main = Html.main(doc);
        main.appendElement("h1").text("Search");
        Element form = main.appendElement("form").addClass("searchform").attr("action", "/search").attr("method", "get");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q").attr("value", q)
                .attr("placeholder", "Words to look for").attr("aria-label", "Words to look for");
        Element select = form.appendElement("select").attr("name", "mode").attr("aria-label", "Ranking");
        for (String m : modes) {
            Element o = select.appendElement("option").attr("value", m).text(m);
            if (m.equals(mode)) {
                o.attr("selected", "");
            }
        }
        form.appendElement("button").attr("type", "submit").attr("id", "search-button").text("Search");
        if (r == null) {
            return Html.render(doc);
        }
        Element layout = main.appendElement("div").addClass("layout");
        Element results = layout.appendElement("section").attr("id", "results");
        results.appendElement("p").addClass("meta").attr("id", "result-count")
                .text(Fmt.plural(r.total(), "article", "articles") + " · " + r.micros() / 1000 + " ms");
        Element ol = results.appendElement("ol").addClass("hits");
        for (SearchHit h : r.hits()) {
            Element li = ol.appendElement("li").addClass("hit").attr("data-article", h.article());
            li.appendElement("a").attr("href", h.story().map(s -> "/stories/" + s + "#src-" + h.article())
                    .orElse("/articles/" + h.article())).text(Fmt.title(h.metadata(), h.article()));
            li.appendElement("div").addClass("meta").text(Fmt.byline(h.metadata()));
            h.snippet().ifPresent(s -> li.appendElement("p").addClass("snippet").text(s));
        }
        if (r.hits().isEmpty()) {
            results.appendElement("p").addClass("empty").text("Nothing matches.");
        }
        pager(results, "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                + "&mode=" + mode + "&", r.total(), offset, limit);
        Element facets = layout.appendElement("aside").addClass("facets");
        for (Map.Entry<Facet, List<FacetCount>> e : r.facets().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            facets.appendElement("h3").text(e.getKey().name().toLowerCase(Locale.ROOT));
            Element ul = facets.appendElement("ul");
            for (FacetCount c : Fmt.first(e.getValue(), 10)) {
                Element li = ul.appendElement("li");
                boolean entity = e.getKey() == Facet.PERSON || e.getKey() == Facet.ORGANIZATION || e.getKey() == Facet.PLACE;
                if (entity) {
                    li.appendElement("a").attr("href", "/entities/" + c.value()).text(c.label());
                } else if (e.getKey() == Facet.STORY) {
                    li.appendElement("a").attr("href", "/stories/" + c.value()).text(c.label());
                } else {
                    li.appendText(c.label());
                }
                li.appendText(" (" + c.count() + ")");
            }
        }
        return Html.render(doc);
    }

    public static String entity(Entity e, List<StoredArticle> articles, Page<QuoteHit> quotes) {
        Document doc = Html.page(e.name());
        Element main = Html.main(doc);
        main.attr("data-entity", e.id());
        main.appendElement("h1").text(e.name());
        main.appendElement("p").addClass("meta").text(e.type().name().toLowerCase(Locale.ROOT) + " · "
                + Fmt.plural(e.mentions().size(), "mention", "mentions"));
        Element about = main.appendElement("section").attr("id", "about");
        about.appendElement("h2").text("Names and roles");
        about.appendElement("p").text("Also written: " + String.join("; ", e.variants()));
        if (!e.roles().isEmpty()) {
            about.appendElement("p").text("Roles: " + String.join("; ", e.roles()));
        }
        ReviewControls.reviewerBox(about);
        ReviewControls.entity(about, e);
        Element qs = main.appendElement("section").attr("id", "quotes");
        qs.appendElement("h2").text("Quotes (" + quotes.total() + ")");
        if (quotes.items().isEmpty()) {
            qs.appendElement("p").addClass("empty").text("No quotes attributed.");
        }
        for (QuoteHit h : quotes.items()) {
            Element bq = qs.appendElement("blockquote").text(h.text());
            bq.appendElement("div").addClass("meta").appendElement("a")
                    .attr("href", h.story().map(s -> "/stories/" + s + "#src-" + h.article()).orElse("/articles/" + h.article()))
                    .text(Fmt.byline(h.metadata()) + " — " + Fmt.title(h.metadata(), h.article()));
        }
        Element as = main.appendElement("section").attr("id", "articles");
        as.appendElement("h2").text("Articles naming " + e.name());
        Element ul = as.appendElement("ul");
        for (StoredArticle a : articles) {
            Article art = a.analysed().article();
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", "/articles/" + art.id()).text(Fmt.title(art.metadata(), art.source()));
            li.appendElement("span").addClass("meta").text(" " + Fmt.byline(art.metadata()));
        }
        return Html.render(doc);
    }

    public static String article(StoredArticle a) {
        Article art = a.analysed().article();
        Document doc = Html.page(Fmt.title(art.metadata(), art.source()));
        Element main = Html.main(doc);
        main.attr("data-article", art.id());
        main.appendElement("h1").text(Fmt.title(art.metadata(), art.source()));
        art.metadata().subtitle().ifPresent(s -> main.appendElement("p").addClass("subtitle").text(s));
        main.appendElement("p").addClass("meta").text(Fmt.byline(art.metadata()));
        a.story().ifPresent(s -> main.appendElement("p").appendElement("a").attr("href", "/stories/" + s)
                .text("The story this article is part of"));
        Element body = main.appendElement("section").addClass("source").attr("id", "src-" + art.id());
        List<Marked.Mark> marks = a.analysed().quotes().stream()
                .map((Quote q) -> new Marked.Mark(q.content(), "q", "quote" + q.speaker().map(s -> " by " + s.name()).orElse("")))
                .toList();
        Marked.paragraphs(body, art, marks);
        art.metadata().url().ifPresent(u -> main.appendElement("p").addClass("meta").text("From " + u));
        return Html.render(doc);
    }

    private static void pager(Element to, String base, long total, int offset, int limit) {
        if (offset == 0 && total <= limit) {
            return;
        }
        Element nav = to.appendElement("nav").addClass("pager");
        if (offset > 0) {
            nav.appendElement("a").attr("href", base + "offset=" + Math.max(0, offset - limit) + "&limit=" + limit)
                    .text("← Newer");
        }
        // no link to a page past the deepest one a list serves (SearchQuery.MAX_WINDOW)
        if (offset + limit < total && offset + 2L * limit <= SearchQuery.MAX_WINDOW) {
            nav.appendText(" ");
            nav.appendElement("a").attr("href", base + "offset=" + (offset + limit) + "&limit=" + limit).text("Older →");
        }
    }
}
