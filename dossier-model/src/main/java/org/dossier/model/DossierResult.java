package org.dossier.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a dossier run found, across its articles: what the dossier files, the store and the
 * views are made from. Per-article results are in {@code articles}; the rest is cross-article.
 *
 * @param articles      the analysed articles in input order
 * @param entities      entities resolved across the articles
 * @param quotes        per article id, its quotes with their speakers linked to {@code entities}
 * @param anchoredDates relative dates of undated articles, settled by the dossier's publication days
 * @param stories       the stories, each article in exactly one
 * @param reuses        pairs of articles that share text or rewrite each other
 * @param claims        per story, its claims with their sources and conflicts
 * @param timeline      per story, its dated events
 * @param framing       per story and outlet, its loaded terms and quoted voices
 * @param briefings     per story, what a person's view of it shows, the stories with most sources first
 */
public record DossierResult(List<AnalysedArticle> articles, List<Entity> entities, Map<String, List<Quote>> quotes,
                            List<ArticleDate> anchoredDates, List<Story> stories, List<Reuse> reuses,
                            List<Claim> claims, List<TimelineEntry> timeline, List<Framing> framing,
                            List<StoryBriefing> briefings) {

    /** A result without briefings (yet). */
    public DossierResult(List<AnalysedArticle> articles, List<Entity> entities, Map<String, List<Quote>> quotes,
                         List<ArticleDate> anchoredDates, List<Story> stories, List<Reuse> reuses,
                         List<Claim> claims, List<TimelineEntry> timeline, List<Framing> framing) {
        this(articles, entities, quotes, anchoredDates, stories, reuses, claims, timeline, framing, List.of());
    }

    /** A result without framing (yet). */
    public DossierResult(List<AnalysedArticle> articles, List<Entity> entities, Map<String, List<Quote>> quotes,
                         List<ArticleDate> anchoredDates, List<Story> stories, List<Reuse> reuses,
                         List<Claim> claims, List<TimelineEntry> timeline) {
        this(articles, entities, quotes, anchoredDates, stories, reuses, claims, timeline, List.of());
    }

    public DossierResult {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        quotes = Map.copyOf(quotes);
        anchoredDates = List.copyOf(anchoredDates);
        stories = List.copyOf(stories);
        reuses = List.copyOf(reuses);
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
        framing = List.copyOf(framing);
        briefings = List.copyOf(briefings);
    }

    /** This result with its stories' briefings. */
    public DossierResult withBriefings(List<StoryBriefing> briefings) {
        return new DossierResult(articles, entities, quotes, anchoredDates, stories, reuses, claims, timeline, framing,
                briefings);
    }

    /** The articles in no story, in input order (all of them before the stories are made). */
    public List<Article> unstoried() {
        java.util.Set<String> storied = new java.util.HashSet<>();
        stories.forEach(s -> storied.addAll(s.articles()));
        return articles.stream().map(AnalysedArticle::article).filter(a -> !storied.contains(a.id())).toList();
    }

    /** An article's quotes with linked speakers, in body order; empty when it has none. */
    public List<Quote> quotesOf(String articleId) {
        return quotes.getOrDefault(articleId, List.of());
    }
}
