package org.dossier.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.BriefingSentence;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.StoryBriefing;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryDossier;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.store.review.ReviewedStory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A story's page: the briefing (composed by {@link BriefingComposer}, the same sentences as
 * {@code briefing.md} and {@code index.html}), its claims with how many independent sources back each
 * and, for a disputed claim, both sides with their outlets, the timeline, quotes grouped by speaker
 * (direct and reported told apart), the provenance graph and the sources side by side with their
 * quotes and claim sources marked. Citations are links to the source columns, in ascending order.
 */
public final class StoryPage {
    private static final BriefingComposer COMPOSER = new BriefingComposer();

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
        for (String[] s : new String[][] {{"briefing", "Briefing"}, {"claims", "Claims"}, {"timeline", "Timeline"}, {"quotes", "Quotes"},
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
        briefing(main.appendElement("section").attr("id", "briefing"), d, cites);
        claims(main.appendElement("section").attr("id", "claims"), reviewed, cites);
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

    /** The story's briefing as the dossier's files have it: one composer, one word budget. */
    static StoryBriefing compose(StoryDossier d) {
        List<AnalysedArticle> members = d.articles().stream().map(StoredArticle::analysed).toList();
        Map<String, List<Quote>> quotes = new HashMap<>();
        members.forEach(a -> quotes.put(a.article().id(), a.quotes()));
        Map<String, Entity> entities = new HashMap<>();
        d.entities().forEach(e -> entities.put(e.id(), e));
        return COMPOSER.compose(d.story(), members, quotes, entities, d.claims(), d.timeline(), d.reuses());
    }

    private static void briefing(Element s, StoryDossier d, Cites cites) {
        s.appendElement("h2").text("Briefing");
        List<BriefingSentence> summary = compose(d).summary();
        if (summary.isEmpty()) {
            s.appendElement("p").addClass("empty").text("Nothing to summarise in these sources yet.");
            return;
        }
        Element ol = s.appendElement("ol").addClass("briefing");
        for (int i = 0; i < summary.size(); i++) {
            BriefingSentence b = summary.get(i);
            Element li = ol.appendElement("li").addClass(b.basis().name().toLowerCase(Locale.ROOT)).text(b.text());
            // a claim followed by what disagrees with it is disputed: say so where it is read
            if (b.basis() == BriefingSentence.Basis.CLAIM && i + 1 < summary.size()
                    && summary.get(i + 1).basis() == BriefingSentence.Basis.CONFLICT) {
                li.addClass("disputed");
                li.appendElement("span").addClass("tag").addClass("disputed").text("disputed");
            }
            cites.append(li, b.sources());
        }
    }

    /**
     * Every claim with its backing said plainly ("single source", "3 independent sources"); a disputed
     * claim shows both sides, each with its outlet and citation, and why they cannot both be true.
     */
    private static void claims(Element s, ReviewedStory reviewed, Cites cites) {
        StoryDossier d = reviewed.dossier();
        s.appendElement("h2").text("Claims");
        if (d.claims().isEmpty()) {
            s.appendElement("p").addClass("empty").text("No claims have been drawn for this story yet.");
            return;
        }
        List<Claim> claims = new ArrayList<>(d.claims());
        // the disputed first, then the best corroborated
        claims.sort(Comparator.comparing((Claim c) -> !c.disputed()).thenComparing(Comparator.comparingInt(Claim::corroboration).reversed()));
        Element ul = s.appendElement("ul").addClass("claims");
        for (Claim c : claims) {
            Element li = ul.appendElement("li").addClass("claim").text(c.text());
            cites.append(li, c.sources().stream().map(SourceSpan::article).toList());
            li.appendElement("span").addClass("tag").addClass(c.singleSource() ? "single" : "corroborated")
                    .text(c.singleSource() ? "single source" : c.corroboration() + " independent sources");
            ReviewControls.claim(li, d.story().id(), c, reviewed);
            if (!c.disputed()) {
                continue;
            }
            li.addClass("disputed");
            li.appendElement("span").addClass("tag").addClass("disputed").text("disputed");
            for (Conflict x : c.conflicts()) {
                Element con = li.appendElement("div").addClass("conflict");
                SourceSpan mine = x.against().map(Conflict.Side::source).orElse(c.sources().getFirst());
                String mineText = x.against().map(Conflict.Side::text).orElse(c.text());
                side(con, "side claim", cites, mine.article(), mineText);
                side(con, "side other", cites, x.source().article(), x.text());
                con.appendElement("div").addClass("why").text("Why they disagree: " + x.why());
            }
        }
    }

    private static void side(Element into, String classes, Cites cites, String article, String text) {
        Element div = into.appendElement("div").addClass(classes.split(" ")[0]).addClass(classes.split(" ")[1]);
        Article a = cites.articles().get(article);
        div.appendElement("span").addClass("outlet").text((a == null ? "A source" : a.metadata().outlet().orElse(
                Fmt.title(a.metadata(), a.source()))) + " says: ");
        div.appendElement("q").text(text);
        cites.append(div, List.of(article));
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
                Element bq = new Element("blockquote").addClass(q.kind().label());
                // direct words in quotation marks; reported speech said to be reported
                bq.appendElement("span").addClass("tag").addClass("kind").text(q.kind() == QuoteKind.DIRECT ? "direct" : "reported");
                bq.appendText(" " + (q.kind() == QuoteKind.DIRECT ? "“" + q.text(art.body()) + "”" : q.text(art.body())));
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

    /** Citation links: "[n]" to the source column of each article, numbered in story order, in ascending order. */
    private record Cites(Map<String, Integer> number, Map<String, Article> articles) {
        void append(Element to, List<String> articleIds) {
            for (String id : articleIds.stream().distinct().filter(number::containsKey)
                    .sorted(Comparator.comparingInt(number::get)).toList()) {
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
