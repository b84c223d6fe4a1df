package org.dossier.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.QuoteKind;
import org.dossier.model.Reuse;
import org.dossier.model.SourceSpan;
import org.dossier.model.TimelineEntry;
import org.dossier.model.BriefingSentence;
import org.dossier.model.Said;
import org.dossier.model.StoryBriefing;
import org.dossier.model.Voice;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the standalone {@code index.html}: per story its cited briefing, timeline, who said what,
 * disagreements, provenance and sources side by side. No scripts, no network (a Content-Security-Policy
 * forbids both), styles inline. The page is built as a jsoup DOM and article text only ever enters
 * through {@link Element#text(String)} or an escaped attribute, so it is escaped by construction;
 * only http(s) URLs become links.
 */
public final class IndexHtmlWriter {
    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{font-size:1.35rem;margin-top:2.5rem;border-top:2px solid #333;padding-top:1rem}
            h3{font-size:1.05rem;margin:1.4rem 0 .4rem}h4{margin:.8rem 0 .2rem;font-size:1rem}
            .meta{color:#666;font-size:.9rem}.id{font-family:monospace;color:#999;font-size:.8rem}
            .briefing{background:#f6f6f2;padding:.6rem 1rem;border-left:4px solid #8a8}
            sup.cite a{text-decoration:none;color:#36c}sup.cite{margin-left:.1rem}
            table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;
            text-align:left;vertical-align:top}th{background:#f0f0f0}td.date{white-space:nowrap;font-family:monospace}
            .role{color:#666;font-weight:normal;font-size:.9rem}li.indirect{color:#444}.kind{color:#888;font-size:.8rem}
            .against{color:#933}.unfinished{background:#fdecea;border-left:4px solid #c33;padding:.6rem 1rem}
            """;

    public void write(Path file, List<StoryBriefing> stories, List<Article> unstoried, long rejected) throws IOException {
        write(file, stories, unstoried, Overview.of(rejected));
    }

    /** Writes the page, atomically, with the run's overview at its head. */
    public void write(Path file, List<StoryBriefing> stories, List<Article> unstoried, Overview overview) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        doc.head().appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        doc.title("Dossier");
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text("Dossier");
        overview.unfinished().ifPresent(u -> body.appendElement("p").addClass("unfinished").attr("role", "alert")
                .text("This run did not finish: " + u + "."));
        int articles = unstoried.size() + stories.stream().mapToInt(s -> s.sources().size()).sum();
        body.appendElement("p").addClass("meta").text(articles + (articles == 1 ? " article" : " articles") + " in "
                + stories.size() + (stories.size() == 1 ? " story" : " stories") + overview.counts());
        if (stories.size() > 1) {
            Element toc = body.appendElement("nav").appendElement("ol");
            for (StoryBriefing b : stories) {
                toc.appendElement("li").appendElement("a").attr("href", "#story-" + b.story().id()).text(b.story().title());
            }
        }
        for (StoryBriefing b : stories) {
            story(body.appendElement("section").addClass("story").attr("id", "story-" + b.story().id()), b);
        }
        if (!unstoried.isEmpty()) {
            Element none = body.appendElement("section").attr("id", "unstoried");
            none.appendElement("h2").text("Articles in no story");
            Element ul = none.appendElement("ul");
            for (Article a : unstoried) {
                ul.appendElement("li").text(BriefingText.title(a) + " — " + BriefingText.name(a));
            }
        }
        AtomicFiles.writeString(file, doc.outerHtml());
    }

    private static void story(Element sec, StoryBriefing b) {
        sec.appendElement("h2").text(b.story().title());
        sec.appendElement("p").addClass("meta").text(BriefingText.seen(b))
                .appendElement("span").addClass("id").text(" " + b.story().id());
        Element brief = sec.appendElement("div").addClass("briefing");
        brief.appendElement("h3").text("Briefing");
        Element p = brief.appendElement("p");
        for (BriefingSentence s : b.summary()) {
            Element span = p.appendElement("span").addClass("sentence").attr("data-basis", s.basis().name().toLowerCase(Locale.ROOT));
            span.appendText(s.text());
            cite(span, b, s.sources());
            p.appendText(" ");
        }
        if (!b.timeline().isEmpty()) {
            sec.appendElement("h3").text("Timeline");
            Element table = sec.appendElement("table").addClass("timeline");
            header(table, "date", "what happened", "sources");
            for (TimelineEntry t : b.timeline()) {
                Element tr = table.appendElement("tr");
                tr.appendElement("td").addClass("date").appendElement("time").attr("datetime", t.date().iso()).text(t.date().iso());
                tr.appendElement("td").text(t.text());
                cite(tr.appendElement("td"), b, t.articles());
            }
        }
        if (!b.voices().isEmpty()) {
            sec.appendElement("h3").text("Who said what");
            for (Voice v : b.voices()) {
                Element div = sec.appendElement("div").addClass("voice");
                Element h = div.appendElement("h4").text(v.name());
                if (!v.roles().isEmpty()) {
                    h.appendText(" ").appendElement("span").addClass("role").text(String.join("; ", v.roles()));
                }
                Element ul = div.appendElement("ul");
                for (Said s : v.said()) {
                    Element li = ul.appendElement("li").addClass(s.kind().label());
                    if (s.kind() == QuoteKind.DIRECT) {
                        li.appendElement("q").text(BriefingText.shortened(s.text()));
                    } else {
                        li.appendElement("span").addClass("kind").text("reported: ");
                        li.appendText(BriefingText.shortened(s.text()));
                    }
                    cite(li, b, s.articles());
                }
            }
        }
        List<Claim> disputed = b.claims().stream().filter(c -> !c.conflicts().isEmpty()).toList();
        if (!disputed.isEmpty()) {
            sec.appendElement("h3").text("Where sources disagree");
            Element ul = sec.appendElement("ul").addClass("disputes");
            for (Claim c : disputed) {
                Element li = ul.appendElement("li").text(c.text());
                cite(li, b, c.sources().stream().map(SourceSpan::article).toList());
                Element inner = li.appendElement("ul");
                for (Conflict x : c.conflicts()) {
                    // both sides, each with its outlet: the claim's statement, then the one that contradicts it
                    x.against().ifPresent(side -> {
                        Element mine = inner.appendElement("li").addClass("side");
                        mine.appendElement("b").text(BriefingText.says(b, side.source().article()));
                        mine.appendText(" “" + side.text() + "”");
                        cite(mine, b, List.of(side.source().article()));
                    });
                    Element xi = inner.appendElement("li").addClass("against");
                    xi.appendElement("b").text(BriefingText.says(b, x.source().article()));
                    xi.appendText(" “" + x.text() + "”");
                    cite(xi, b, List.of(x.source().article()));
                    xi.appendText(" — " + x.why());
                }
            }
        }
        if (!b.provenance().isEmpty()) {
            sec.appendElement("h3").text("Provenance");
            Element ul = sec.appendElement("ul").addClass("provenance");
            for (Reuse r : b.provenance()) {
                Element li = ul.appendElement("li");
                source(li, b, r.b());
                li.appendText(" " + BriefingText.verb(r) + " ");
                source(li, b, r.a());
                li.appendText(" (" + r.kind().code() + ", " + BriefingText.detail(r) + ")");
            }
        }
        sec.appendElement("h3").text("Sources");
        Element table = sec.appendElement("table").addClass("sources");
        header(table, "#", "outlet", "title", "published", "author", "language");
        for (Article a : b.sources()) {
            Element tr = table.appendElement("tr").attr("id", anchor(b, a.id()));
            tr.appendElement("td").text(Integer.toString(b.citation(a.id())));
            tr.appendElement("td").text(a.metadata().outlet().orElse("—"));
            Element title = tr.appendElement("td");
            String url = a.metadata().url().orElse("");
            if (url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7)) {
                title.appendElement("a").attr("href", url).attr("rel", "noreferrer").text(BriefingText.title(a));
            } else {
                title.text(BriefingText.title(a));
            }
            tr.appendElement("td").text(BriefingText.published(a));
            tr.appendElement("td").text(BriefingText.authors(a));
            tr.appendElement("td").text(BriefingText.language(a));
        }
    }

    private static void header(Element table, String... names) {
        Element tr = table.appendElement("tr");
        for (String n : names) {
            tr.appendElement("th").text(n);
        }
    }

    private static void cite(Element into, StoryBriefing b, List<String> articles) {
        Element sup = into.appendElement("sup").addClass("cite");
        boolean first = true;
        for (int n : BriefingText.citations(b, articles)) {
            if (!first) {
                sup.appendText(",");
            }
            first = false;
            sup.appendElement("a").attr("href", "#" + anchor(b, b.cited(n).id())).text(Integer.toString(n));
        }
    }

    private static void source(Element into, StoryBriefing b, String id) {
        int n = b.citation(id);
        into.appendText(n > 0 ? BriefingText.name(b.cited(n)) + " [" + n + "]" : id);
    }

    private static String anchor(StoryBriefing b, String articleId) {
        return "src-" + b.story().id() + "-" + articleId;
    }
}
