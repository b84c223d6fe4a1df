package org.dossier.store.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Claim;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;

/**
 * Invented articles for store tests, built the way the pipeline would hand them over: mentions of
 * named people, organisations and places; a quote with its speaker; entities and stories made the
 * way the cross-article stages make them (one entity per name, stories as given).
 */
final class Newsroom {
    /** People, organisations and places the articles may name. */
    static final Map<String, EntityType> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Ada Quill", EntityType.PERSON);
        NAMES.put("Ben Ortiz", EntityType.PERSON);
        NAMES.put("Ministry of Works", EntityType.ORGANIZATION);
        NAMES.put("Port Vell", EntityType.PLACE);
        NAMES.put("Lowmoor", EntityType.PLACE);
    }

    private Newsroom() {
    }

    /** An article; every known name in the body is a mention; {@code quote} (with its speaker) when given. */
    static AnalysedArticle article(String title, String outlet, LocalDate day, String language, String body,
                                   Optional<String[]> quote) {
        List<Paragraph> paragraphs = java.util.Arrays.stream(body.split("\n\n")).map(Paragraph::new).toList();
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.of(outlet), Optional.of(title),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(Timestamp.of(day)), Optional.of(language));
        Article a = Article.of(Ids.of("article", title), "test/" + title, meta, paragraphs, List.of());
        String text = a.body();
        List<Mention> mentions = new ArrayList<>();
        NAMES.forEach((name, type) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(Mention.of(text, new Span(at, at + name.length()), type));
            }
        });
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
        List<Quote> quotes = new ArrayList<>();
        quote.ifPresent(q -> {
            int c = text.indexOf(q[0]);
            int s = text.indexOf(q[1], c);
            quotes.add(new Quote(QuoteKind.DIRECT, new Span(c, c + q[0].length()), Optional.empty(),
                    Optional.of(Speaker.named(new Span(s, s + q[1].length()), q[1]))));
        });
        return new AnalysedArticle(a, List.of(), List.of(), mentions, List.of(), quotes);
    }

    static String entityId(String name) {
        return Ids.of("entity", NAMES.get(name).name(), name);
    }

    /**
     * What the cross-article stages would make of {@code articles} grouped into {@code stories}
     * (lists of indexes into {@code articles}): one entity per name, speakers linked, one claim per
     * story from its first article's first sentence.
     */
    static DossierResult result(List<AnalysedArticle> articles, List<List<Integer>> stories) {
        Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
        for (AnalysedArticle a : articles) {
            for (Mention m : a.mentions()) {
                mentions.computeIfAbsent(m.text(), k -> new ArrayList<>())
                        .add(EntityMention.inBody(a.article().id(), m.span(), m.text()));
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((name, ms) -> entities.add(new Entity(entityId(name), NAMES.get(name), name, List.of(name),
                List.of(), ms)));
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        for (AnalysedArticle a : articles) {
            if (!a.quotes().isEmpty()) {
                quotes.put(a.article().id(), a.quotes().stream()
                        .map(q -> q.withSpeaker(q.speaker().orElseThrow().withEntity(entityId(q.speaker().get().name()))))
                        .toList());
            }
        }
        List<Story> storyList = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (List<Integer> group : stories) {
            List<AnalysedArticle> members = group.stream().map(articles::get).toList();
            AnalysedArticle first = members.getFirst();
            String id = Ids.of("story", first.article().id());
            List<Timestamp> days = members.stream().map(m -> m.article().metadata().published().orElseThrow()).sorted().toList();
            storyList.add(new Story(id, first.article().metadata().title().orElseThrow(),
                    members.stream().map(m -> m.article().id()).toList(), Optional.of(days.getFirst()),
                    Optional.of(days.getLast())));
            int end = first.body().indexOf('.') + 1;
            claims.add(new Claim(id, first.body().substring(0, end),
                    List.of(new SourceSpan(first.article().id(), new Span(0, end))), 1, List.of()));
        }
        return new DossierResult(articles, entities, quotes, List.of(), storyList, List.of(), claims, List.of());
    }
}
