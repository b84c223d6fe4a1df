package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.output.BriefingWriter;
import org.dossier.output.IndexHtmlWriter;
import org.dossier.pipeline.CrossArticle;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.model.StoryBriefing;

/**
 * Times the timeline and briefing stage, after the analysis it needs: per story (timeline, briefing,
 * both views), and for a dossier scaled to many stories by copying the analysed corpus's stories
 * under fresh ids (timelines of every story, every briefing, {@code briefing.md} and
 * {@code index.html} written). Reports medians of timed rounds after untimed warm-up, and the heap.
 */
public final class BriefingBench {

    /** Figures of one run; times in milliseconds. */
    public record Report(int articles, int stories, double msPerStory, double msPerStoryMin, double msPerStoryMax,
                         int scaledStories, int scaledArticles, double scaledMs, double scaledTimelineMs,
                         double scaledBriefingMs, double scaledWriteMs, long htmlBytes, long markdownBytes,
                         long inputHeapBytes, HeapWatch.Use heap, Machine machine) {
    }

    private final int rounds;
    private final int warmup;

    public BriefingBench(int rounds, int warmup) {
        this.rounds = rounds;
        this.warmup = warmup;
    }

    /** Runs on an analysed dossier; {@code scaledStories} is the size of the large case (e.g. 1,000). */
    public Report run(DossierResult base, int scaledStories, Path scratch) {
        // per story: each story's timeline, its briefing and both views, on the corpus as it is
        double[] perStory = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (Story s : base.stories()) {
                DossierResult one = only(base, s);
                List<TimelineEntry> timeline = CrossArticle.timeline(one.articles(), one.stories(), one.anchoredDates(), one.entities());
                DossierResult withTimeline = withTimeline(one, timeline);
                write(new BriefingComposer().compose(withTimeline), scratch.resolve("one"));
            }
            if (r >= 0) {
                perStory[r] = (System.nanoTime() - t0) / 1e6 / base.stories().size();
            }
        }
        DossierResult big = scaled(base, scaledStories);
        double timelineMs = 0;
        double briefingMs = 0;
        double writeMs = 0;
        double[] total = new double[rounds];
        HeapWatch.Use heap;
        System.gc();
        // what the scaled dossier itself keeps alive, before the stage runs
        long input = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        try (HeapWatch watch = new HeapWatch()) {
            for (int r = -Math.min(warmup, 1); r < rounds; r++) {
                long t0 = System.nanoTime();
                List<TimelineEntry> timeline = CrossArticle.timeline(big.articles(), big.stories(), big.anchoredDates(), big.entities());
                long t1 = System.nanoTime();
                List<StoryBriefing> briefings = new BriefingComposer().compose(withTimeline(big, timeline));
                long t2 = System.nanoTime();
                write(briefings, scratch.resolve("scaled"));
                long t3 = System.nanoTime();
                if (r >= 0) {
                    total[r] = (t3 - t0) / 1e6;
                    timelineMs += (t1 - t0) / 1e6 / rounds;
                    briefingMs += (t2 - t1) / 1e6 / rounds;
                    writeMs += (t3 - t2) / 1e6 / rounds;
                }
            }
            heap = watch.use();
        }
        double[] sorted = perStory.clone();
        Arrays.sort(sorted);
        double[] totals = total.clone();
        Arrays.sort(totals);
        return new Report(base.articles().size(), base.stories().size(), sorted[rounds / 2], sorted[0], sorted[rounds - 1],
                big.stories().size(), big.articles().size(), totals[rounds / 2], timelineMs, briefingMs, writeMs,
                size(scratch.resolve("scaled").resolve("index.html")), size(scratch.resolve("scaled").resolve("briefing.md")),
                input, heap, Machine.current());
    }

    private static void write(List<StoryBriefing> briefings, Path dir) {
        try {
            Files.createDirectories(dir);
            new BriefingWriter().write(dir.resolve("briefing.md"), briefings, List.of(), 0);
            new IndexHtmlWriter().write(dir.resolve("index.html"), briefings, List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's briefing in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static DossierResult withTimeline(DossierResult r, List<TimelineEntry> timeline) {
        return new DossierResult(r.articles(), r.entities(), r.quotes(), r.anchoredDates(), r.stories(), r.reuses(),
                r.claims(), timeline);
    }

    /** The result cut down to one story's articles and what points into them. */
    private static DossierResult only(DossierResult r, Story s) {
        var ids = new java.util.HashSet<>(s.articles());
        return new DossierResult(r.articles().stream().filter(a -> ids.contains(a.article().id())).toList(),
                r.entities(), r.quotes(), r.anchoredDates().stream().filter(d -> ids.contains(d.article())).toList(),
                List.of(s), r.reuses().stream().filter(x -> ids.contains(x.a()) && ids.contains(x.b())).toList(),
                r.claims().stream().filter(c -> c.story().equals(s.id())).toList(), List.of());
    }

    /** {@code n} stories: the corpus's stories copied round after round, each copy under fresh article, story and entity ids. */
    static DossierResult scaled(DossierResult base, int n) {
        List<AnalysedArticle> articles = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        List<org.dossier.model.ArticleDate> anchored = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<Reuse> reuses = new ArrayList<>();
        Map<String, AnalysedArticle> byId = new HashMap<>();
        base.articles().forEach(a -> byId.put(a.article().id(), a));
        for (int copy = 0; stories.size() < n; copy++) {
            final int k = copy;
            for (Entity e : base.entities()) {
                entities.add(new Entity(e.id() + "-" + k, e.type(), e.name(), e.variants(), e.roles(), e.mentions().stream()
                        .map(m -> new EntityMention(id(m.article(), k), m.span(), m.text(), m.field())).toList()));
            }
            for (Story s : base.stories()) {
                if (stories.size() == n) {
                    break;
                }
                for (String a : s.articles()) {
                    AnalysedArticle x = byId.get(a);
                    Article art = x.article();
                    articles.add(new AnalysedArticle(new Article(id(a, k), art.source(), art.metadata(), art.paragraphs(),
                            art.body(), art.problems()), x.tokens(), x.sentences(), x.mentions(), x.dates(), x.quotes()));
                    quotes.put(id(a, k), base.quotesOf(a).stream().map(q -> q.speaker().isEmpty() ? q
                            : q.withSpeaker(reKeyed(q.speaker().get(), k))).toList());
                }
                base.anchoredDates().stream().filter(d -> s.articles().contains(d.article()))
                        .forEach(d -> anchored.add(new org.dossier.model.ArticleDate(id(d.article(), k), d.date())));
                base.reuses().stream().filter(r -> s.articles().contains(r.a()) && s.articles().contains(r.b()))
                        .forEach(r -> reuses.add(new Reuse(id(r.a(), k), id(r.b(), k), r.kind(), r.passages(), r.score(), r.direction())));
                stories.add(new Story(id(s.id(), k), s.title(), s.articles().stream().map(a -> id(a, k)).toList(),
                        s.firstSeen(), s.lastSeen()));
            }
        }
        return new DossierResult(articles, entities, quotes, anchored, stories, reuses, List.of(), List.of());
    }

    private static Speaker reKeyed(Speaker s, int k) {
        return new Speaker(s.mention(), s.name(), s.referent(), s.entity().map(e -> e + "-" + k));
    }

    /** A fresh 16-hex id for copy {@code k} of {@code id} (copy 0 keeps it). */
    private static String id(String id, int k) {
        if (k == 0) {
            return id;
        }
        long v = Long.parseUnsignedLong(id, 16) * 31 + k * 0x9E3779B97F4A7C15L;
        return String.format(Locale.ROOT, "%016x", v);
    }

    /** One line of text per figure. */
    public static String text(Report r) {
        return String.format(Locale.ROOT, """
                briefing: %d articles in %d stories; machine: %s
                per story (timeline + briefing + both views): median %.2f ms (%.2f–%.2f)
                %d stories (%d articles): %.0f ms median — timeline %.0f ms, briefing %.0f ms, briefing.md + index.html %.0f ms
                index.html %.1f MB, briefing.md %.1f MB; heap: %.0f MB live before the stage (the analysed dossier), peak %.0f MB, live after GC %.0f MB, %d GCs (%.1f s)""",
                r.articles(), r.stories(), r.machine().describe(), r.msPerStory(), r.msPerStoryMin(), r.msPerStoryMax(),
                r.scaledStories(), r.scaledArticles(), r.scaledMs(), r.scaledTimelineMs(), r.scaledBriefingMs(), r.scaledWriteMs(),
                r.htmlBytes() / 1e6, r.markdownBytes() / 1e6, r.inputHeapBytes() / 1e6, r.heap().peakUsedMb(), r.heap().maxLiveAfterGcMb(),
                r.heap().collections(), r.heap().gcMillis() / 1000.0);
    }
}
