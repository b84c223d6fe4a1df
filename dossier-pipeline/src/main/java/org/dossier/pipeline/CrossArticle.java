package org.dossier.pipeline;

import org.dossier.resolve.SpeakerLinker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.nlp.NlpLimits;
import org.dossier.nlp.time.DossierDates;
import org.dossier.nlp.token.Segmenter;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.resolve.EntityIndex;
import org.dossier.resolve.EntityResolver;
import org.dossier.reuse.PairComparer;
import org.dossier.story.StoryMaterial;
import org.dossier.story.StoryView;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.story.timeline.ArticleFacts;
import org.dossier.story.timeline.TimelineBuilder;

/**
 * The cross-article stages over a set of analysed articles: entity resolution and the speakers of
 * quotes, relative dates of undated articles, reuse and provenance, stories, and per story its
 * claims, each outlet's framing and its timeline.
 *
 * <p>The work is cut so that only small things meet in one place. Per article, where the article
 * is: its {@link ProvenanceStage.Features features} and its {@link Digest} (no text). Over the
 * digests of all articles, in one place: the {@link #plan} (entities, linked quotes, the dossier's
 * days, stories, the pairs to align). Per article again, given the plan: its {@link #anchor settled
 * dates}. Per planned pair: its {@linkplain ProvenanceStage#align alignment}. Per story: its
 * {@link #story claims, framing and timeline}. {@link #run} does it all in one JVM for the CLI and
 * the server; the Spark job runs the per-article, per-pair and per-story steps on its executors.
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
                       Optional<LocalDate[]> days, Set<String> toAnchor) {
        public Plan {
            entities = List.copyOf(entities);
            quotes = Map.copyOf(quotes);
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(days, "days");
            toAnchor = Set.copyOf(toAnchor);
        }
    }

    /** One story's share of the cross-source view. */
    public record StoryOutput(List<Claim> claims, List<Framing> framing, List<TimelineEntry> timeline) {
        public StoryOutput {
            claims = List.copyOf(claims);
            framing = List.copyOf(framing);
            timeline = List.copyOf(timeline);
        }
    }

    /** The features of one article, where the article is. */
    public ProvenanceStage.Features features(AnalysedArticle a) {
        return stages.provenance().features(a.article());
    }

    /** The digest of one article, where the article is. */
    public static Digest digest(AnalysedArticle a, ProvenanceStage.Features f) {
        return new Digest(a.article().id(), EntityResolver.Input.of(a), a.quotes(), f.compact(Set.of()),
                DossierDates.dayOf(a.article()), DossierDates.anchorable(a.article()), a.body().length());
    }

    /**
     * The dossier-wide decisions, from every article's digest in input order. Holds the digests and
     * what comes of them, never a text.
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
        Optional<LocalDate[]> days = earliest == null ? Optional.empty() : Optional.of(new LocalDate[] {earliest, latest});
        return new Plan(entities, quotes, provenance, days, earliest == null ? Set.of() : toAnchor);
    }

    /** A settler of relative dates; not thread-safe, one per thread. */
    public static DossierDates dates() {
        return new DossierDates(new Segmenter(NlpLimits.DEFAULT.maxSentenceTokens(), NlpLimits.DEFAULT.maxTokens()), 0);
    }

    /** The relative dates of one article that the plan's days settle (none unless the plan names it). */
    public static List<ArticleDate> anchor(DossierDates dates, AnalysedArticle a, Plan plan) {
        if (!plan.toAnchor().contains(a.article().id()) || plan.days().isEmpty()) {
            return List.of();
        }
        LocalDate[] days = plan.days().get();
        return dates.anchor(a, days[0], days[1]).stream().map(d -> new ArticleDate(d.article(), d.date())).toList();
    }

    /** One story's claims, framing and timeline, from its members (in the story's order) and the reuse within it. */
    public StoryOutput story(Story story, List<StoryMaterial.Member> members, List<Reuse> reuses) {
        StoryView.Result view = stages.storyView().run(StoryMaterial.of(story, members, reuses));
        List<TimelineEntry> timeline = timelines.build(story,
                members.stream().map(StoryMaterial.Member::article).toList(), new ArticleFacts(members));
        return new StoryOutput(view.claims(), view.framing(), timeline);
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
        List<ProvenanceStage.Features> features = articles.parallelStream().map(this::features).toList();
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
        Plan plan = plan(digests);
        DossierDates dates = dates();
        List<ArticleDate> anchored = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            anchored.addAll(anchor(dates, a, plan));
        }
        List<Story> stories = plan.provenance().stories();
        phases.planned(new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, List.of(),
                List.of(), List.of(), List.of()));
        List<Reuse> reuses = plan.provenance().pairs().parallelStream()
                .map(p -> stages.provenance().align(sides.get(p.older()), sides.get(p.newer())))
                .flatMap(Optional::stream).toList();
        sides.clear();
        DossierResult found = new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, reuses,
                List.of(), List.of(), List.of());
        phases.aligned(found);
        List<List<StoryMaterial.Member>> members = members(found);
        Map<String, List<Reuse>> within = reusesWithin(stories, reuses);
        List<StoryOutput> outputs = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            outputs.add(story(stories.get(i), members.get(i), within.getOrDefault(stories.get(i).id(), List.of())));
        }
        List<Claim> claims = new ArrayList<>();
        List<Framing> framing = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (StoryOutput o : outputs) {
            claims.addAll(o.claims());
            framing.addAll(o.framing());
            timeline.addAll(o.timeline());
        }
        DossierResult result = new DossierResult(articles, plan.entities(), plan.quotes(), anchored, stories, reuses,
                claims, timeline, framing);
        return result.withBriefings(briefings.compose(result));
    }

    /** Per story of {@code result}, in its order, its members with what the dossier found of them. */
    private static List<List<StoryMaterial.Member>> members(DossierResult result) {
        Map<String, AnalysedArticle> byId = new HashMap<>();
        result.articles().forEach(a -> byId.put(a.article().id(), a));
        Map<String, List<StoryMaterial.EntitySpan>> spans = StoryMaterial.entitySpans(result.entities());
        Map<String, List<DateMention>> settled = new HashMap<>();
        for (ArticleDate d : result.anchoredDates()) {
            settled.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d.date());
        }
        List<List<StoryMaterial.Member>> out = new ArrayList<>();
        for (Story s : result.stories()) {
            out.add(s.articles().stream().map(id -> new StoryMaterial.Member(byId.get(id), result.quotesOf(id),
                    spans.getOrDefault(id, List.of()), settled.getOrDefault(id, List.of()))).toList());
        }
        return out;
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
