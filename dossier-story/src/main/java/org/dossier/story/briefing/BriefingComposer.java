package org.dossier.story.briefing;

import org.dossier.model.StoryBriefing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;

/**
 * Composes each story's briefing from a dossier's cross-article results: the summary
 * ({@link SummaryPicker}, at most {@link #MAX_WORDS} words), the timeline, who said what
 * ({@link Voices}), the provenance pairs and the sources. Needs the stories, and uses whatever claims,
 * timeline, quotes and reuse pairs the result holds (a story without claims is summarised from its
 * events and leads). Thread-safe.
 */
public final class BriefingComposer {
    /** The limit for a story's summary. */
    public static final int MAX_WORDS = 200;
    /** Reuse pairs a story's view shows, the strongest; {@code reuse.jsonl} has them all. */
    public static final int MAX_PAIRS = 50;

    private final SummaryPicker summary;

    public BriefingComposer() {
        this(MAX_WORDS);
    }

    public BriefingComposer(int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("a briefing needs at least one word, got " + maxWords);
        }
        this.summary = new SummaryPicker(maxWords);
    }

    /** Every story's briefing, the stories with most sources first (else in the result's order). */
    public List<StoryBriefing> compose(DossierResult result) {
        Map<String, AnalysedArticle> articles = new HashMap<>();
        for (AnalysedArticle a : result.articles()) {
            articles.put(a.article().id(), a);
        }
        Map<String, Entity> entities = new HashMap<>();
        result.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, List<Claim>> claims = byStory(result.claims(), Claim::story);
        Map<String, List<TimelineEntry>> timeline = byStory(result.timeline(), TimelineEntry::story);
        Map<String, String> storyOf = new HashMap<>();
        result.stories().forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        Map<String, List<Reuse>> reuses = new HashMap<>();
        for (Reuse r : result.reuses()) {
            String story = storyOf.get(r.b());
            if (story != null && story.equals(storyOf.get(r.a()))) {
                reuses.computeIfAbsent(story, k -> new ArrayList<>()).add(r);
            }
        }
        List<StoryBriefing> out = new ArrayList<>(result.stories().size());
        for (Story s : result.stories()) {
            List<AnalysedArticle> members = s.articles().stream().map(articles::get).filter(java.util.Objects::nonNull).toList();
            out.add(compose(s, members, result.quotes(), entities, claims.getOrDefault(s.id(), List.of()),
                    timeline.getOrDefault(s.id(), List.of()), reuses.getOrDefault(s.id(), List.of())));
        }
        order(out);
        return out;
    }

    /**
     * One story's briefing.
     *
     * @param members  its articles, in the story's order
     * @param quotes   per article id, its quotes with speakers linked (other articles' are ignored)
     * @param entities the entities the quotes' speakers link to, by id
     * @param claims   its claims, in the dossier's order
     * @param events   its timeline
     * @param reuses   the reuse pairs within it, in the dossier's order
     */
    public StoryBriefing compose(Story s, List<AnalysedArticle> members, Map<String, List<Quote>> quotes,
                                 Map<String, Entity> entities, List<Claim> claims, List<TimelineEntry> events,
                                 List<Reuse> reuses) {
        Map<String, String> outlets = new HashMap<>();
        members.forEach(a -> a.article().metadata().outlet().ifPresent(o -> outlets.put(a.article().id(), o)));
        List<Claim> storyClaims = new ArrayList<>(claims);
        storyClaims.sort(Comparator.comparingInt(Claim::corroboration).reversed()
                .thenComparing(Comparator.comparingInt((Claim c) -> c.sources().size()).reversed()));
        List<Reuse> pairs = new ArrayList<>(reuses);
        pairs.sort(Comparator.comparingDouble(Reuse::score).reversed());
        // a story of many near-copies has pairs by the thousand: the view shows the strongest, reuse.jsonl all
        pairs = pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()));
        List<Article> sources = members.stream().map(AnalysedArticle::article).toList();
        return new StoryBriefing(s, summary.pick(members, storyClaims, events, outlets), events,
                Voices.of(members, quotes, entities), pairs, storyClaims, sources);
    }

    /** Puts briefings in the order a reader meets them: the stories with most sources first, else as given. */
    public static void order(List<StoryBriefing> briefings) {
        briefings.sort(Comparator.comparingInt((StoryBriefing b) -> -b.sources().size()));
    }

    private static <T> Map<String, List<T>> byStory(List<T> records, java.util.function.Function<T, String> story) {
        Map<String, List<T>> out = new HashMap<>();
        for (T r : records) {
            out.computeIfAbsent(story.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

}
