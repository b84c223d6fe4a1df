package org.dossier.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;

/**
 * Invented articles for the story view's tests: sentences split at full stops, entities named by
 * the test (every occurrence of a name is a mention), dates and quotes given by the test.
 */
final class Fixtures {
    private final List<AnalysedArticle> articles = new ArrayList<>();
    private final Map<String, List<StoryMaterial.EntitySpan>> entities = new HashMap<>();
    private final Map<String, List<DateMention>> dates = new HashMap<>();
    private final Map<String, List<Quote>> quotes = new HashMap<>();
    private final Map<String, String> entityNames;

    /** {@code entityNames}: entity id to the name every occurrence of which is a mention of it. */
    Fixtures(Map<String, String> entityNames) {
        this.entityNames = entityNames;
    }

    /** Adds an article; returns its id. */
    String article(String outlet, String body) {
        String id = String.format("%016x", articles.size() + 1L);
        Article a = Article.of(id, outlet + ".txt", ArticleMetadata.EMPTY.withOutlet(Optional.of(outlet)),
                List.of(new Paragraph(body)), List.of());
        List<org.dossier.model.Token> tokens = new ArrayList<>();
        Matcher t = Pattern.compile("\\S+").matcher(body);
        while (t.find()) {
            tokens.add(org.dossier.model.Token.untagged(new Span(t.start(), t.end()), t.group()));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i).word();
            if (tok.endsWith(".") || i == tokens.size() - 1) {
                sentences.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(i).span().end()), first, i + 1));
                first = i + 1;
            }
        }
        articles.add(new AnalysedArticle(a, tokens, sentences, List.of(), List.of()));
        List<StoryMaterial.EntitySpan> es = new ArrayList<>();
        entityNames.forEach((eid, name) -> {
            int at = body.indexOf(name);
            while (at >= 0) {
                es.add(new StoryMaterial.EntitySpan(new Span(at, at + name.length()), eid));
                at = body.indexOf(name, at + 1);
            }
        });
        entities.put(id, es);
        List<DateMention> ds = new ArrayList<>();
        Matcher d = Pattern.compile("(\\d{1,2}) March (\\d{4})").matcher(body);
        while (d.find()) {
            ds.add(new DateMention(new Span(d.start(), d.end()), d.group(),
                    Timestamp.of(LocalDate.of(Integer.parseInt(d.group(2)), 3, Integer.parseInt(d.group(1))))));
        }
        dates.put(id, ds);
        return id;
    }

    /** Gives the article a quote of {@code quoted} by {@code speaker}, linked to {@code entity}. */
    void quote(String article, String quoted, String speaker, String entity, QuoteKind kind) {
        String body = articles.stream().filter(a -> a.article().id().equals(article)).findFirst().orElseThrow().body();
        int at = body.indexOf(quoted);
        int sp = body.indexOf(speaker);
        quotes.computeIfAbsent(article, k -> new ArrayList<>()).add(new Quote(kind, new Span(at, at + quoted.length()),
                Optional.empty(), Optional.of(Speaker.named(new Span(sp, sp + speaker.length()), speaker).withEntity(entity))));
    }

    StoryMaterial story() {
        Story s = new Story("00000000000000aa", "an invented story", articles.stream().map(a -> a.article().id()).toList(),
                Optional.empty(), Optional.empty());
        return new StoryMaterial(s, articles, quotes, entities, dates, List.of());
    }
}
