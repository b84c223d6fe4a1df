package org.dossier.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Span;
import org.dossier.model.Story;

/**
 * What the story view needs of one story: its analysed articles in story order, their quotes with
 * linked speakers, the resolved entities' mentions in their bodies, all their dates (the relative
 * dates of undated articles included) and the reuse between them.
 *
 * @param story    the story
 * @param articles its articles, in the story's order
 * @param quotes   per article id, its quotes with speakers linked to entities
 * @param entities per article id, the body spans of resolved entities
 * @param dates    per article id, its date mentions in body order
 * @param reuses   reuse pairs whose both articles are in the story
 * @param embedded per article id, the sentence vectors its features already hold (none for an
 *                 article without them), so that the story view embeds no sentence twice
 */
public record StoryMaterial(Story story, List<AnalysedArticle> articles, Map<String, List<Quote>> quotes,
                            Map<String, List<EntitySpan>> entities, Map<String, List<DateMention>> dates,
                            List<Reuse> reuses, Map<String, SentenceEmbeddings> embedded) {

    /** A resolved entity's mention in an article body. */
    public record EntitySpan(Span span, String entity) {
        public EntitySpan {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(entity, "entity");
        }
    }

    public StoryMaterial {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
        quotes = Map.copyOf(quotes);
        entities = Map.copyOf(entities);
        dates = Map.copyOf(dates);
        reuses = List.copyOf(reuses);
        embedded = Map.copyOf(embedded);
    }

    /** A story's material with no sentence vectors known beforehand. */
    public StoryMaterial(Story story, List<AnalysedArticle> articles, Map<String, List<Quote>> quotes,
                         Map<String, List<EntitySpan>> entities, Map<String, List<DateMention>> dates, List<Reuse> reuses) {
        this(story, articles, quotes, entities, dates, reuses, Map.of());
    }

    /** This material with the sentence vectors the articles' features hold, per article id. */
    public StoryMaterial withEmbedded(Map<String, SentenceEmbeddings> vectors) {
        Map<String, SentenceEmbeddings> mine = new HashMap<>();
        for (AnalysedArticle a : articles) {
            SentenceEmbeddings e = vectors.get(a.article().id());
            if (e != null) {
                mine.put(a.article().id(), e);
            }
        }
        return new StoryMaterial(story, articles, quotes, entities, dates, reuses, mine);
    }

    /** The outlet an article counts as: its outlet's name, else its URL's host, else its own id. */
    public static String outlet(AnalysedArticle a) {
        Optional<String> outlet = a.article().metadata().outlet()
                .or(() -> a.article().metadata().url().flatMap(StoryMaterial::host));
        return outlet.map(String::strip).filter(s -> !s.isEmpty()).orElse(a.article().id());
    }

    private static Optional<String> host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return Optional.ofNullable(h).map(x -> x.startsWith("www.") ? x.substring(4) : x);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * One article of a story with what the cross-article stages found of it.
     *
     * @param article  the analysed article
     * @param quotes   its quotes, speakers linked to entities
     * @param entities the body spans of resolved entities, in the order of {@link #entitySpans}
     * @param settled  the relative dates the dossier settled for it (none unless it is undated)
     */
    public record Member(AnalysedArticle article, List<Quote> quotes, List<EntitySpan> entities, List<DateMention> settled) {
        public Member {
            Objects.requireNonNull(article, "article");
            quotes = List.copyOf(quotes);
            entities = List.copyOf(entities);
            settled = List.copyOf(settled);
        }

        public String id() {
            return article.article().id();
        }
    }

    /** Per article id, the body spans of the resolved entities' mentions: entity by entity, mention by mention. */
    public static Map<String, List<EntitySpan>> entitySpans(List<Entity> entities) {
        Map<String, List<EntitySpan>> out = new HashMap<>();
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                m.span().ifPresent(s -> out.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new EntitySpan(s, e.id())));
            }
        }
        return out;
    }

    /**
     * One story's material from its members.
     *
     * @param members its articles with what was found of them, in the story's order
     * @param reuses  the reuse pairs whose both articles are in the story, in the dossier's order
     */
    public static StoryMaterial of(Story story, List<Member> members, List<Reuse> reuses) {
        List<AnalysedArticle> arts = new ArrayList<>();
        Map<String, List<Quote>> q = new HashMap<>();
        Map<String, List<EntitySpan>> ents = new HashMap<>();
        Map<String, List<DateMention>> ds = new HashMap<>();
        for (Member m : members) {
            arts.add(m.article());
            q.put(m.id(), m.quotes());
            ents.put(m.id(), m.entities());
            List<DateMention> d = new ArrayList<>(m.article().dates());
            d.addAll(m.settled());
            d.sort((x, y) -> x.span().compareTo(y.span()));
            ds.put(m.id(), d);
        }
        return new StoryMaterial(story, arts, q, ents, ds, reuses);
    }

    /** One material per story of {@code result}, in the stories' order. */
    public static List<StoryMaterial> of(DossierResult result) {
        Map<String, AnalysedArticle> byId = new HashMap<>();
        for (AnalysedArticle a : result.articles()) {
            byId.put(a.article().id(), a);
        }
        Map<String, List<EntitySpan>> entities = entitySpans(result.entities());
        Map<String, List<DateMention>> settled = new HashMap<>();
        for (ArticleDate d : result.anchoredDates()) {
            settled.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d.date());
        }
        List<StoryMaterial> out = new ArrayList<>(result.stories().size());
        for (Story s : result.stories()) {
            List<Member> members = new ArrayList<>();
            Set<String> ids = new HashSet<>(s.articles());
            for (String id : s.articles()) {
                AnalysedArticle a = byId.get(id);
                if (a == null) {
                    throw new IllegalArgumentException("story " + s.id() + " names article " + id + ", which the result lacks");
                }
                members.add(new Member(a, result.quotesOf(id), entities.getOrDefault(id, List.of()),
                        settled.getOrDefault(id, List.of())));
            }
            List<Reuse> reuses = result.reuses().stream().filter(r -> ids.contains(r.a()) && ids.contains(r.b())).toList();
            out.add(of(s, members, reuses));
        }
        return out;
    }
}
