package org.dossier.story.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.model.Timestamp;

/**
 * Builds a story's timeline from its articles' dates. Each date mention becomes an event: the clause
 * around it ({@link Clauses}). Events of different articles merge into one entry when their dates are
 * compatible ({@link DatePrecision}) and they say the same thing: their content words and named
 * entities overlap by at least {@link #SAME_EVENT} (Dice). An entry takes its date from its most
 * precise source and its text from the source closest to all the others. Thread-safe.
 */
public final class TimelineBuilder {
    /** Dice overlap of two clauses' words and entities above which they tell the same event. */
    public static final double SAME_EVENT = 0.3;
    /**
     * Members of an entry an event is compared with, and candidates for its text: bounds the work on
     * a story of thousands of near-identical articles (the first members already say what it is).
     */
    static final int COMPARED = 16;

    private final double sameEvent;

    public TimelineBuilder() {
        this(SAME_EVENT);
    }

    public TimelineBuilder(double sameEvent) {
        if (!(sameEvent > 0 && sameEvent <= 1)) {
            throw new IllegalArgumentException("same-event overlap must be in (0, 1], got " + sameEvent);
        }
        this.sameEvent = sameEvent;
    }

    /**
     * The story's timeline, in date order.
     *
     * @param story    the story
     * @param members  its analysed articles, in the story's order
     * @param anchored relative dates of undated articles settled on the dossier (any article's; the
     *                 story's are picked)
     * @param entities the dossier's entities (their mentions in the story's articles are used)
     */
    public List<TimelineEntry> build(Story story, List<AnalysedArticle> members, List<ArticleDate> anchored,
                                     List<Entity> entities) {
        return build(story, members, new ArticleFacts(anchored, entities));
    }

    /**
     * The story's timeline, in date order, with the dossier's settled dates and entity mentions
     * indexed once ({@code facts}) for many stories.
     */
    public List<TimelineEntry> build(Story story, List<AnalysedArticle> members, ArticleFacts facts) {
        List<DatedEvent> events = events(members, facts);
        List<List<DatedEvent>> groups = new ArrayList<>();
        List<Set<String>> groupArticles = new ArrayList<>();
        List<Timestamp> groupDates = new ArrayList<>();
        for (DatedEvent e : events) {
            int best = -1;
            double bestScore = sameEvent;
            for (int i = 0; i < groups.size(); i++) {
                double s = groupArticles.get(i).contains(e.article()) ? -1 : fit(groups.get(i), groupDates.get(i), e);
                if (s >= bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(e)));
                groupArticles.add(new java.util.HashSet<>(Set.of(e.article())));
                groupDates.add(e.date().value());
            } else {
                groups.get(best).add(e);
                groupArticles.get(best).add(e.article());
                if (DatePrecision.of(e.date().value()) > DatePrecision.of(groupDates.get(best))) {
                    groupDates.set(best, e.date().value());
                }
            }
        }
        Map<String, String> bodies = new HashMap<>();
        members.forEach(a -> bodies.put(a.article().id(), a.body()));
        List<TimelineEntry> out = new ArrayList<>();
        groups.sort(Comparator.comparing((List<DatedEvent> g) -> date(g).startDate())
                .thenComparingInt(g -> DatePrecision.of(date(g)))
                .thenComparingInt(g -> g.getFirst().order()));
        for (List<DatedEvent> g : groups) {
            DatedEvent voice = central(g);
            String text = voice.clause().span().of(bodies.get(voice.article())).replaceAll("\\s+", " ");
            out.add(new TimelineEntry(story.id(), date(g), text, g.stream().map(DatedEvent::clause).toList()));
        }
        return out;
    }

    /**
     * How well {@code e} joins group {@code g}: its best overlap with one of the group's first
     * {@link #COMPARED} members, or -1 when its date is incompatible with the group's most precise
     * date, and so with some member (the members' dates nest).
     */
    private static double fit(List<DatedEvent> g, Timestamp finest, DatedEvent e) {
        if (!DatePrecision.compatible(finest, e.date().value())) {
            return -1;
        }
        double best = -1;
        for (int i = 0; i < Math.min(COMPARED, g.size()); i++) {
            best = Math.max(best, ContentWords.dice(g.get(i).words(), e.words()));
        }
        return best;
    }

    /** The group's most precise date; among equals, the first source's. */
    private static Timestamp date(List<DatedEvent> g) {
        Timestamp best = g.getFirst().date().value();
        for (DatedEvent e : g) {
            if (DatePrecision.of(e.date().value()) > DatePrecision.of(best)) {
                best = e.date().value();
            }
        }
        return best;
    }

    /**
     * The member whose words overlap most with all the others'; among equals the latest source (in
     * the story's order, which follows publication), since a later report knows how a plan turned out.
     */
    private static DatedEvent central(List<DatedEvent> g) {
        DatedEvent best = g.getFirst();
        double bestSum = -1;
        List<DatedEvent> some = g.subList(0, Math.min(COMPARED, g.size()));
        for (DatedEvent e : some) {
            double sum = 0;
            for (DatedEvent o : some) {
                if (o != e) {
                    sum += ContentWords.dice(e.words(), o.words());
                }
            }
            if (sum > bestSum + 1e-9 || Math.abs(sum - bestSum) <= 1e-9 && e.order() > best.order()) {
                best = e;
                bestSum = sum;
            }
        }
        return best;
    }

    /** Every article's dated clauses, in story order; a clause that holds a smaller one of the same date gives way. */
    private static List<DatedEvent> events(List<AnalysedArticle> members, ArticleFacts facts) {
        List<DatedEvent> out = new ArrayList<>();
        int articleIndex = 0;
        for (AnalysedArticle a : members) {
            String id = a.article().id();
            String body = a.body();
            List<DateMention> dates = new ArrayList<>(a.dates());
            dates.addAll(facts.settledDates(id));
            dates.sort(Comparator.comparing(DateMention::span));
            List<DatedEvent> mine = new ArrayList<>();
            for (DateMention d : dates) {
                Span sentence = Clauses.sentenceOf(body, a.sentences(), d.span());
                if (d.span().end() <= sentence.start() + Dateline.length(sentence.of(body))) {
                    continue; // the dateline's date says when the story was filed
                }
                Span clause = Clauses.around(body, a.sentences(), d.span());
                Set<String> words = new LinkedHashSet<>(ContentWords.of(blank(body, clause, dates)));
                if (words.size() < 2) {
                    continue; // a date on its own line says nothing happened
                }
                for (ArticleFacts.Named n : facts.entities(id)) {
                    if (clause.contains(n.span())) {
                        words.add("@" + n.entity());
                    }
                }
                mine.add(new DatedEvent(new SourceSpan(id, clause), d, words, articleIndex * 1_000_000 + clause.start()));
            }
            List<DatedEvent> kept = new ArrayList<>();
            for (DatedEvent e : mine) {
                boolean holdsSmaller = mine.stream().anyMatch(o -> o != e && e.clause().span().contains(o.clause().span())
                        && !o.clause().span().equals(e.clause().span()) && o.date().value().equals(e.date().value()));
                boolean repeat = kept.stream().anyMatch(o -> o.clause().equals(e.clause()) && o.date().value().equals(e.date().value()));
                if (!holdsSmaller && !repeat) {
                    kept.add(e);
                }
            }
            out.addAll(kept);
            articleIndex++;
        }
        return out;
    }

    /** The clause's text with every date expression blanked, so two clauses do not match on "Tuesday" alone. */
    private static String blank(String body, Span clause, List<DateMention> dates) {
        StringBuilder sb = new StringBuilder(clause.of(body));
        for (DateMention d : dates) {
            if (d.span().overlaps(clause)) {
                for (int i = Math.max(d.span().start(), clause.start()); i < Math.min(d.span().end(), clause.end()); i++) {
                    sb.setCharAt(i - clause.start(), ' ');
                }
            }
        }
        return sb.toString();
    }
}
