package org.dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a person's view of one story shows.
 *
 * @param story      the story
 * @param summary    the briefing's sentences, most corroborated first, each citing its sources
 * @param timeline   the story's dated events in date order
 * @param voices     who said what, the most quoted speakers first
 * @param provenance the story's pairs of articles that copy or rewrite each other, strongest first
 * @param claims     the story's claims with their conflicts, most corroborated first
 * @param sources    the story's articles in the story's order (citation {@code n} is the n-th)
 * @param numbers    each source's citation number, by article id
 */
public record StoryBriefing(Story story, List<BriefingSentence> summary, List<TimelineEntry> timeline, List<Voice> voices,
                            List<Reuse> provenance, List<Claim> claims, List<Article> sources, Map<String, Integer> numbers) {

    public StoryBriefing(Story story, List<BriefingSentence> summary, List<TimelineEntry> timeline, List<Voice> voices,
                         List<Reuse> provenance, List<Claim> claims, List<Article> sources) {
        this(story, summary, timeline, voices, provenance, claims, sources, numbering(sources));
    }

    public StoryBriefing {
        Objects.requireNonNull(story, "story");
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        voices = List.copyOf(voices);
        provenance = List.copyOf(provenance);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        numbers = Map.copyOf(numbers);
    }

    private static Map<String, Integer> numbering(List<Article> sources) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (Article a : sources) {
            out.putIfAbsent(a.id(), out.size() + 1);
        }
        return out;
    }

    /** The citation number of an article: its place among the sources, from 1; 0 when it is not one. */
    public int citation(String articleId) {
        return numbers.getOrDefault(articleId, 0);
    }

    /** The source citation {@code n} points at (numbers are fixed when a source joins, so not always its place). */
    public Article cited(int n) {
        for (Article a : sources) {
            if (citation(a.id()) == n) {
                return a;
            }
        }
        throw new IllegalArgumentException("story " + story.id() + " has no source numbered " + n);
    }

    /** The summary's length in words ({@link WordCount}). */
    public int words() {
        return summary.stream().mapToInt(s -> WordCount.of(s.text())).sum();
    }
}
