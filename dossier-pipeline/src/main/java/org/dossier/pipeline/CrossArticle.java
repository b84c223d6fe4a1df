package org.dossier.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.Claim;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Framing;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Speaker;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.model.Story;
import org.dossier.model.StoryBriefing;
import org.dossier.model.TimelineEntry;
import org.dossier.nlp.time.DossierDates;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.EntityResolver;
import org.dossier.resolve.SpeakerLinker;
import org.dossier.reuse.PairComparer;
import org.dossier.story.StoryMaterial;
import org.dossier.story.StoryView;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.story.timeline.ArticleFacts;
import org.dossier.story.timeline.TimelineBuilder;

/**
 * The cross-article stages over a set of analysed articles: entity resolution and the speakers of
 * quotes, relative dates of undated articles, reuse and provenance, stories, and per story its
 * claims, each outlet's framing, its timeline and its briefing.
 *
 * <p>The work is cut so that only small things meet in one place. Per article, where the article
 * is: its {@link ProvenanceStage.Features features} and its {@link Digest} (no text). Over the
 * digests of all articles, in one place: the {@link #plan} (entities, linked quotes, the dossier's
 * days, stories, the pairs to align), which gives each article its {@link #shares share}. Per article
 * again, given its share: its {@link #member story membership}, relative dates settled. Per planned
 * pair: its {@linkplain ProvenanceStage#align alignment}. Per story: its {@link #story claims,
 * framing, timeline and briefing}. {@link #run} does it all in one JVM for the CLI and the server;
 * the Spark job calls the same steps, the per-article, per-pair and per-story ones on its executors.
 */
public final class CrossArticle {
    /** Body characters of undated articles whose relative dates are settled (~80 MB of heap in one JVM). */
    private static final long UNDATED_CHARS = 20_000_000;
    /** Entity types whose shared mention says two articles may tell one story; places are too broad. */
    private static final Set<EntityType> STORY_KEY_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    private final Stages stages;
    private final TimelineBuilder timelines = new TimelineBuilder();
    private final BriefingComposer briefings = new BriefingComposer();

    public CrossArticle(Stages stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    /**
     * What the plan needs of one article, without its text: a pure function of the analysed article
     * and its features.
     *
     * @param id         the article's id
     * @param entities   what entity resolution needs of it
     * @param quotes     its quotes, speakers not yet linked
     * @param provenance its fingerprint and story input, no entity keys yet
     * @param day        its publication day, when known
     * @param anchorable whether its relative dates wait for the dossier's days
     * @param bodyChars  the length of its body
     */
    public record Digest(String id, EntityResolver.Input entities, List<Quote> quotes, ProvenanceStage.Compact provenance,
                         Optional<LocalDate> day, boolean anchorable, int bodyChars) {
        public Digest {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(entities, "entities");
            quotes = List.copyOf(quotes);
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(day, "day");
        }
    }

    /** The first and last publication days of a dossier's dated articles: what settles the relative dates of undated ones. */
    public record Days(LocalDate first, LocalDate last) {
        public Days {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
            }
        }
    }

    /**
     * What the dossier decides over all its articles' digests.
     *
     * @param entities   the resolved entities
     * @param quotes     per article id with quotes, its quotes with speakers linked
     * @param provenance stories and the pairs to align
     * @param days       the first and last publication days of the dated articles, when there are any
     * @param toAnchor   the undated articles whose relative dates the days settle
     */
    public record Plan(List<Entity> entities, Map<String, List<Quote>> quotes, ProvenanceStage.Plan provenance,
                       Optional<Days> days, Set<String> toAnchor) {
        public Plan {
            entities = List.copyOf(entities);
            quotes = Map.copyOf(quotes);
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(days, "days");
            toAnchor = Set.copyOf(toAnchor);
        }
    }

    /**
     * One article's share of the plan: what it needs, where it is, to become a member of its story.
     *
     * @param story    the index of its story among the plan's stories
     * @param position its place among the story's articles
     * @param quotes   its quotes, speakers linked
     * @param entities the body spans of the resolved entities' mentions in it
     * @param speakers the entities its quotes' speakers link to, each with its first mention only
     *                 (what a briefing shows of a speaker)
     * @param anchorOn the dossier's days, when they are to settle its relative dates
     */
    public record Share(int story, int position, List<Quote> quotes, List<StoryMaterial.EntitySpan> entities,
                        List<Entity> speakers, Optional<Days> anchorOn) {
        public Share {
            if (story < 0 || position < 0) {
                throw new IllegalArgumentException("story " + story + " and position " + position + " must not be negative");
            }
            quotes = List.copyOf(quotes);
            entities = List.copyOf(entities);
            speakers = List.copyOf(speakers);
            Objects.requireNonNull(anchorOn, "anchorOn");
        }
    }

    /** One story's share of the cross-source view, and its briefing. */
    public record StoryOutput(List<Claim> claims, List<Framing> framing, List<TimelineEntry> timeline,
                              StoryBriefing briefing) {
        public StoryOutput {
            claims = List.copyOf(claims);
            framing = List.copyOf(framing);
            timeline = List.copyOf(timeline);
            Objects.requireNonNull(briefing, "briefing");
        }
    }

    /** The features of one article, where the article is, from its own sentences. */
    public ProvenanceStage.Features features(AnalysedArticle a) {
        return stages.provenance().features(a);
    }

    /** The digest of one article, where the article is. */
    public static Digest digest(AnalysedArticle a, ProvenanceStage.Features f) {
        return new Digest(a.article().id(), EntityResolver.Input.of(a), a.quotes(), f.compact(Set.of()),
                DossierDates.dayOf(a.article()), DossierDates.anchorable(a.article()), a.body().length());
    }

    /**
     * The dossier-wide decisions, from every article's digest in input order (ids distinct). Holds
     * the digests and what comes of them, never a text.
     */
    public Plan plan(List<Digest> digests) {
        EntityResolver resolver = new EntityResolver();
        LocalDate earliest = null;
        LocalDate latest = null;
        Set<String> toAnchor = new HashSet<>();
        long held = 0;
        for (Digest d : digests) {
            resolver.add(d.entities());
            if (d.day().isPresent()) {
                LocalDate day = d.day().get();
                earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
                latest = latest == null || day.isAfter(latest) ? day : latest;
            } else if (d.anchorable() && held + d.bodyChars() <= UNDATED_CHARS) {
                toAnchor.add(d.id());
                held += d.bodyChars();
            }
        }
        List<Entity> entities = resolver.resolve();
        SpeakerLinker speakers = new SpeakerLinker(new EntityIndex(entities));
        Map<String, List<Quote>> quotes = new HashMap<>();
        for (Digest d : digests) {
            if (!d.quotes().isEmpty()) {
                quotes.put(d.id(), speakers.link(d.id(), d.quotes()));
            }
        }
        Map<String, Set<String>> keys = storyKeys(entities);
        List<ProvenanceStage.Compact> compact = digests.stream()
                .map(d -> new ProvenanceStage.Compact(d.provenance().fingerprint(),
                        d.provenance().story().withEntityKeys(keys.getOrDefault(d.id(), Set.of()))))
                .toList();
        ProvenanceStage.Plan provenance = stages.provenance().plan(compact);
        Optional<Days> days = earliest == null ? Optional.empty() : Optional.of(new Days(earliest, latest));
        return new Plan(entities, quotes, provenance, days, earliest == null ? Set.of() : toAnchor);
    }

    /** The plan with its stories as {@code continuity} keeps them. */
    private static Plan continued(Plan plan, List<AnalysedArticle> articles, StoryContinuity continuity) {
        if (continuity.stored().isEmpty()) {
            return plan;
        }
        Map<String, org.dossier.model.Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a.article()));
        ProvenanceStage.Plan p = plan.provenance();
        List<Story> stories = continuity.apply(p.stories(), byId);
        return new Plan(plan.entities(), plan.quotes(), new ProvenanceStage.Plan(stories, p.assignments(), p.pairs()),
                plan.days(), plan.toAnchor());
    }

    /** Per article id, its share of the plan, story by story in the plan's order. */
    public static Map<String, Share> shares(Plan plan) {
        Map<String, List<StoryMaterial.EntitySpan>> spans = StoryMaterial.entitySpans(plan.entities());
        Map<String, Entity> entities = new HashMap<>();
        plan.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Share> out = new LinkedHashMap<>();
        List<Story> stories = plan.provenance().stories();
        for (int s = 0; s < stories.size(); s++) {
            List<String> ids = stories.get(s).articles();
            for (int p = 0; p < ids.size(); p++) {
                String id = ids.get(p);
                List<Quote> quotes = plan.quotes().getOrDefault(id, List.of());
                List<Entity> speakers = quotes.stream().flatMap(q -> q.speaker().flatMap(Speaker::entity).stream())
                        .distinct().map(entities::get).filter(Objects::nonNull)
                        .map(e -> new Entity(e.id(), e.type(), e.name(), e.variants(), e.roles(), e.mentions().subList(0, 1)))
                        .toList();
                Optional<Days> anchorOn = plan.toAnchor().contains(id) ? plan.days() : Optional.empty();
                out.put(id, new Share(s, p, quotes, spans.getOrDefault(id, List.of()), speakers, anchorOn));
            }
        }
        return out;
    }

    /** A settler of relative dates; not thread-safe, one per thread. */
    public static DossierDates dates() {
        return new DossierDates(0);
    }

    /**
     * One article as a member of its story, where the article is: its share of the plan, and the
     * relative dates the dossier's days settle when the share says so.
     */
    public static StoryMaterial.Member member(DossierDates dates, AnalysedArticle a, Share share) {
        List<DateMention> settled = share.anchorOn()
                .map(d -> dates.anchor(a, d.first(), d.last()).stream().map(DossierDates.Anchored::date).toList())
                .orElse(List.of());
        return new StoryMaterial.Member(a, share.quotes(), share.entities(), settled);
    }

    /**
     * One story's claims, framing, timeline and briefing.
     *
     * @param members  its articles with their shares of the plan, in the story's order
     * @param speakers the entities its members' quotes' speakers link to (the members' {@link Share#speakers})
     * @param reuses   the reuse pairs within it, in the plan's order
     */
    public StoryOutput story(Story story, List<StoryMaterial.Member> members, List<Entity> speakers, List<Reuse> reuses) {
        return story(story, members, speakers, reuses, Map.of());
    }

    /**
     * As {@link #story(Story, List, List, List)}, with the sentence vectors the members' features
     * already hold ({@code embedded}, per article id), which the claims use instead of embedding again.
     */
    public StoryOutput story(Story story, List<StoryMaterial.Member> members, List<Entity> speakers, List<Reuse> reuses,
                             Map<String, SentenceEmbeddings> embedded) {
        StoryView.Result view = stages.storyView().run(StoryMaterial.of(story, members, reuses).withEmbedded(embedded));
        List<AnalysedArticle> articles = members.stream().map(StoryMaterial.Member::article).toList();
        List<TimelineEntry> timeline = timelines.build(story, articles, new ArticleFacts(members));
        Map<String, List<Quote>> quotes = new HashMap<>();
        members.forEach(m -> quotes.put(m.id(), m.quotes()));
        Map<String, Entity> linked = new HashMap<>();
        speakers.forEach(e -> linked.putIfAbsent(e.id(), e));
        StoryBriefing briefing = briefings.compose(story, articles, quotes, linked, view.claims(), timeline, reuses);
        return new StoryOutput(view.claims(), view.framing(), timeline, briefing);
    }

    /**
     * Hears each phase of {@link #run} as it ends, with everything found so far, so that a run which
     * fails in a later phase (out of memory on a giant article, say) keeps what the earlier ones found.
     */
    public interface Phases {
        /** Entities, linked quotes, settled dates and stories are known; reuse, claims and timelines not yet. */
        default void planned(DossierResult soFar) {
        }

        /** Reuse pairs are aligned too; the story views are not made yet. */
        default void aligned(DossierResult soFar) {
        }

        /**
         * How far a phase has come, for progress lines: {@code done} of {@code total} articles
         * ({@code features}, {@code plan}), pairs ({@code align}) or stories ({@code story views}).
         * Called often, and from several threads at once (pairs and stories are worked on side by
         * side); a listener prints what it wants.
         */
        default void progress(String phase, long done, long total) {
        }
    }

    /** Runs every cross-article stage over {@code articles}, given in input order, in this JVM. */
    public DossierResult run(List<AnalysedArticle> articles) {
        return run(articles, new Phases() {
        });
    }

    /**
     * Runs every cross-article stage over {@code articles}, given in input order, in this JVM, telling
     * {@code phases} what each phase found as it ends.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public DossierResult run(List<AnalysedArticle> articles, Phases phases) {
        return run(articles, java.util.Collections.nCopies(articles.size(), Optional.empty()), phases);
    }

    /**
     * Runs every cross-article stage over {@code articles}, given in input order, with the features
     * the per-article phase already computed ({@code features.get(i)} of {@code articles.get(i)});
     * those missing (articles a store held, an article whose features failed) are computed here, in
     * parallel.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public DossierResult run(List<AnalysedArticle> articles, List<Optional<ProvenanceStage.Features>> known, Phases phases) {
        return run(articles, known, phases, StoryContinuity.none());
    }

    /**
     * As {@link #run(List, List, Phases)}, keeping the stories a store holds as {@code continuity}
     * says: the stored articles stay in their stories, at their places.
     */
    public DossierResult run(List<AnalysedArticle> articles, List<Optional<ProvenanceStage.Features>> known, Phases phases,
                             StoryContinuity continuity) {
        if (known.size() != articles.size()) {
            throw new IllegalArgumentException("features for " + known.size() + " of " + articles.size() + " articles");
        }
        StageClock clock = stages.clock();
        long missing = known.stream().filter(Optional::isEmpty).count();
        phases.progress("features", 0, missing);
        List<ProvenanceStage.Features> features = java.util.stream.IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> known.get(i).orElseGet(() -> clock.time(Stage.FEATURES, () -> features(articles.get(i)))))
                .toList();
        phases.progress("features", missing, missing);
        StageClock.Lap planning = clock.start(Stage.PLAN);
        phases.progress("plan", 0, articles.size());
        List<Digest> digests = new ArrayList<>(articles.size());
        Map<String, PairComparer.Side> sides = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalysedArticle a = articles.get(i);
            digests.add(digest(a, features.get(i)));
            if (sides.put(a.article().id(), new PairComparer.Side(a.article(), features.get(i).embeddings())) != null) {
                throw new IllegalArgumentException("article " + a.article().id() + " (" + a.article().source()
                        + ") is given twice; a dossier holds each article once");
            }
        }
        Plan plan = continued(plan(digests), articles, continuity);
        Map<String, Share> shares = shares(plan);
        DossierDates dates = dates();
        Map<String, StoryMaterial.Member> members = new HashMap<>();
        List<ArticleDate> anchored = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            String id = a.article().id();
            StoryMaterial.Member m = member(dates, a, shares.get(id));
            members.put(id, m);
            m.settled().forEach(d -> anchored.add(new ArticleDate(id, d)));
        }
        List<Story> stories = plan.provenance().stories();
        planning.close();
        phases.progress("plan", articles.size(), articles.size());
        phases.planned(new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, List.of(),
                List.of(), List.of(), List.of()));
        List<ProvenanceStage.Pair> pairs = plan.provenance().pairs();
        AtomicLong alignedPairs = new AtomicLong();
        phases.progress("align", 0, pairs.size());
        List<Reuse> reuses = pairs.parallelStream()
                .map(p -> {
                    Optional<Reuse> r = clock.time(Stage.ALIGN,
                            () -> stages.provenance().align(sides.get(p.older()), sides.get(p.newer())));
                    phases.progress("align", alignedPairs.incrementAndGet(), pairs.size());
                    return r;
                })
                .flatMap(Optional::stream).toList();
        // the features' sentence vectors stay for the story views; the rest of the sides can go
        Map<String, SentenceEmbeddings> embedded = new HashMap<>();
        sides.forEach((id, side) -> side.embeddings().ifPresent(e -> embedded.put(id, e)));
        sides.clear();
        phases.aligned(new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, reuses,
                List.of(), List.of(), List.of()));
        Map<String, List<Reuse>> within = reusesWithin(stories, reuses);
        List<Claim> claims = new ArrayList<>();
        List<Framing> framing = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<StoryBriefing> briefed = new ArrayList<>(stories.size());
        phases.progress("story views", 0, stories.size());
        AtomicLong viewed = new AtomicLong();
        // stories are independent: their views are made side by side, and kept in the stories' order
        List<StoryOutput> outputs = stories.parallelStream().map(s -> {
            StoryOutput o = clock.time(Stage.STORIES, () -> story(s, s.articles().stream().map(members::get).toList(),
                    s.articles().stream().flatMap(id -> shares.get(id).speakers().stream()).toList(),
                    within.getOrDefault(s.id(), List.of()), embedded));
            phases.progress("story views", viewed.incrementAndGet(), stories.size());
            return o;
        }).toList();
        for (StoryOutput o : outputs) {
            claims.addAll(o.claims());
            framing.addAll(o.framing());
            timeline.addAll(o.timeline());
            briefed.add(o.briefing());
        }
        BriefingComposer.order(briefed);
        return new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, reuses, claims, timeline,
                framing, briefed);
    }

    /** What a phase named in {@link Phases#progress} counts: pairs, stories or articles. */
    public static String units(String phase) {
        return switch (phase) {
            case "align" -> "pairs";
            case "story views" -> "stories";
            default -> "articles";
        };
    }

    /** Per story id, the reuse pairs whose both articles are in it, in the given order. */
    public static Map<String, List<Reuse>> reusesWithin(List<Story> stories, List<Reuse> reuses) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        Map<String, List<Reuse>> out = new HashMap<>();
        for (Reuse r : reuses) {
            String story = storyOf.get(r.a());
            if (story != null && story.equals(storyOf.get(r.b()))) {
                out.computeIfAbsent(story, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** Per story, its timeline from its articles' dates; the stories' timelines one after the other. */
    public static List<TimelineEntry> timeline(List<AnalysedArticle> articles, List<Story> stories, List<ArticleDate> anchored,
                                               List<Entity> entities) {
        Map<String, AnalysedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a));
        TimelineBuilder builder = new TimelineBuilder();
        ArticleFacts facts = new ArticleFacts(anchored, entities);
        List<TimelineEntry> out = new ArrayList<>();
        for (Story s : stories) {
            out.addAll(builder.build(s, s.articles().stream().map(byId::get).toList(), facts));
        }
        return out;
    }

    /** Per article, the ids of the people and organisations it mentions in its body. */
    private static Map<String, Set<String>> storyKeys(List<Entity> entities) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Entity e : entities) {
            if (!STORY_KEY_TYPES.contains(e.type())) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.span().isPresent()) {
                    keys.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
                }
            }
        }
        return keys;
    }
}
