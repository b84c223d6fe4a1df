package org.dossier.story.briefing;

import org.dossier.model.BriefingSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.SourceSpan;
import org.dossier.model.TimelineEntry;
import org.dossier.model.BriefingSentence.Basis;
import org.dossier.story.timeline.ContentWords;

/**
 * Picks a story's summary sentences under a word budget. Candidates are the story's claims (each
 * followed by the statements that disagree with it), its timeline events and its articles' lead
 * sentences (leads that say the same thing merge and cite every article that has them). They are
 * ranked by how many outlets back them, claims before leads before events among equals, and taken
 * in that order while they fit; a candidate that repeats a taken sentence adds its sources to it
 * instead. Over-long sentences are passed over. Thread-safe.
 */
final class SummaryPicker {
    /** Two sentences sharing this much of their words (Dice) say the same thing. */
    static final double SAME_STATEMENT = 0.5;
    /** A summary sentence longer than this says too much at once. */
    static final int MAX_SENTENCE_WORDS = 45;

    private final int maxWords;

    SummaryPicker(int maxWords) {
        this.maxWords = maxWords;
    }

    /** A sentence in the making: its text, word set and sources, and what follows it (its conflicts). */
    private static final class Candidate {
        String text;
        Set<String> words;
        final Set<String> sources;
        final Basis basis;
        final int order;
        final List<Candidate> followers = new ArrayList<>();

        Candidate(String text, Set<String> sources, Basis basis, int order) {
            this.text = text;
            this.words = ContentWords.of(text);
            this.sources = new LinkedHashSet<>(sources);
            this.basis = basis;
            this.order = order;
        }

        int wordCount() {
            return ContentWords.count(text);
        }
    }

    /**
     * The summary of one story.
     *
     * @param members  the story's articles in its order
     * @param claims   its claims, most corroborated first
     * @param timeline its timeline
     * @param outletOf outlet names by article id, for the articles that have one
     */
    List<BriefingSentence> pick(List<AnalysedArticle> members, List<Claim> claims, List<TimelineEntry> timeline,
                                Map<String, String> outletOf) {
        List<Candidate> candidates = candidates(members, claims, timeline, outletOf);
        candidates.sort(Comparator.comparingInt((Candidate c) -> -outlets(c.sources, outletOf))
                .thenComparingInt(c -> priority(c.basis))
                .thenComparingInt(c -> c.order));
        List<Candidate> taken = new ArrayList<>();
        int used = 0;
        for (Candidate c : candidates) {
            Candidate same = taken.stream().filter(t -> t.basis != Basis.CONFLICT
                    && ContentWords.dice(t.words, c.words) >= SAME_STATEMENT).findFirst().orElse(null);
            if (same != null) {
                same.sources.addAll(c.sources);
                continue;
            }
            int need = c.wordCount();
            if (need > MAX_SENTENCE_WORDS || used + need > maxWords) {
                continue;
            }
            taken.add(c);
            used += need;
            for (Candidate f : c.followers) {
                if (f.wordCount() <= MAX_SENTENCE_WORDS && used + f.wordCount() <= maxWords) {
                    taken.add(f);
                    used += f.wordCount();
                }
            }
        }
        List<String> order = members.stream().map(a -> a.article().id()).toList();
        return taken.stream().map(c -> new BriefingSentence(c.text,
                c.sources.stream().sorted(Comparator.comparingInt(order::indexOf)).toList(), c.basis)).toList();
    }

    private static List<Candidate> candidates(List<AnalysedArticle> members, List<Claim> claims, List<TimelineEntry> timeline,
                                              Map<String, String> outletOf) {
        List<Candidate> out = new ArrayList<>();
        int order = 0;
        for (Claim c : claims) {
            Candidate claim = new Candidate(Tidy.sentence(c.text()), articles(c.sources()), Basis.CLAIM, order++);
            for (Conflict x : c.conflicts()) {
                String text = Tidy.sentence(x.text());
                if (!text.isEmpty()) {
                    String who = outletOf.getOrDefault(x.source().article(), "Another source");
                    claim.followers.add(new Candidate(who + " differs: " + text, Set.of(x.source().article()),
                            Basis.CONFLICT, order++));
                }
            }
            if (!claim.text.isEmpty()) {
                out.add(claim);
            }
        }
        for (TimelineEntry t : timeline) {
            String text = Tidy.sentence(t.text());
            if (!text.isEmpty()) {
                out.add(new Candidate(text, Set.copyOf(t.articles()), Basis.EVENT, order++));
            }
        }
        for (AnalysedArticle a : members) {
            String text = Tidy.sentence(Tidy.lead(a).of(a.body()));
            if (!text.isEmpty()) {
                out.add(new Candidate(text, Set.of(a.article().id()), Basis.LEAD, order++));
            }
        }
        mergeRepeats(out);
        return out;
    }

    /** Folds candidates that say the same thing into the first of them, so their sources count together. */
    private static void mergeRepeats(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate keep = candidates.get(i);
            for (int j = candidates.size() - 1; j > i; j--) {
                Candidate other = candidates.get(j);
                if (ContentWords.dice(keep.words, other.words) >= SAME_STATEMENT) {
                    if (keep.wordCount() > MAX_SENTENCE_WORDS && other.wordCount() <= MAX_SENTENCE_WORDS) {
                        keep.text = other.text; // the same statement, in words short enough to use
                        keep.words = other.words;
                    }
                    keep.sources.addAll(other.sources);
                    keep.followers.addAll(other.followers);
                    candidates.remove(j);
                }
            }
        }
    }

    private static Set<String> articles(List<SourceSpan> spans) {
        Set<String> out = new LinkedHashSet<>();
        spans.forEach(s -> out.add(s.article()));
        return out;
    }

    /** Among equally backed candidates: claims, then articles' leads (what each source leads with), then events. */
    private static int priority(Basis b) {
        return switch (b) {
            case CLAIM, CONFLICT -> 0;
            case LEAD -> 1;
            case EVENT -> 2;
        };
    }

    /** Distinct outlets among the sources; an article without an outlet counts as its own. */
    private static int outlets(Set<String> sources, Map<String, String> outletOf) {
        return (int) sources.stream().map(id -> outletOf.getOrDefault(id, id)).distinct().count();
    }
}
