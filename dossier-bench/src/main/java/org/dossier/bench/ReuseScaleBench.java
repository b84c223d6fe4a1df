package org.dossier.bench;

import org.dossier.nlp.Segmenting;
import org.dossier.nlp.NlpLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dossier.cluster.StoryClusterer;
import org.dossier.cluster.StoryConfig;
import org.dossier.cluster.StoryInput;
import org.dossier.fingerprint.Fingerprint;
import org.dossier.fingerprint.Fingerprinter;
import org.dossier.model.Article;
import org.dossier.model.Reuse;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.reuse.ReuseConfig;
import org.dossier.reuse.ReuseDetector;

/**
 * Reuse detection and story clustering over a stream of {@link SyntheticNews}, the way a stream
 * runs them: blocks of articles get their per-article features (fingerprint, terms) in parallel,
 * then go one by one, in publication order, through {@link StoryClusterer} and
 * {@link ReuseDetector}, each article also compared with the latest members of its story. With a
 * window, after each block the clusterer closes stories idle for the story window and the detector
 * forgets all but the latest {@code window} articles, so the heap is bounded by the window. At each
 * checkpoint a full collection measures what is retained. Times the
 * cross-article work (wall and CPU of the one thread doing it), watches the heap, and scores the
 * detector on the injected reuse without keeping the reuse it finds.
 */
public final class ReuseScaleBench {
    private static final Segmenting SEGMENTING = new Segmenting(NlpLimits.DEFAULT);
    private static final int BLOCK = 1000;

    /**
     * @param articles   articles to stream
     * @param window     articles the detector remembers and arrivals an undated story stays open; 0: all
     * @param seed       the stream's seed
     * @param checkpoint print a progress line every this many articles
     */
    public record Plan(int articles, int window, long seed, int checkpoint) {
        public Plan {
            if (articles < 1 || window < 0 || checkpoint < 1) {
                throw new IllegalArgumentException("need articles >= 1, window >= 0, checkpoint >= 1; got "
                        + articles + ", " + window + ", " + checkpoint);
            }
        }
    }

    /** Progress at a checkpoint: cumulative seconds and the heap so far. */
    public record Checkpoint(int articles, double clusterSeconds, double reuseSeconds, double peakHeapMb, double liveHeapMb,
                             double retainedMb, int openStories) {
    }

    /** Injected reuse of one kind: how many, found, with the right kind, with the right direction. */
    public record Recovery(String kind, int injected, int found, int kindRight, int directionRight) {
    }

    /** What the run measured. */
    public record Report(Plan plan, Machine machine, long words, double featureSeconds, double clusterSeconds,
                         double clusterCpuSeconds, double reuseSeconds, double reuseCpuSeconds, int stories,
                         long pairsAligned, long reusePairs, long chainPairs, long otherPairs, List<Recovery> recovery,
                         HeapWatch.Use heap, long indexBytes, List<Checkpoint> checkpoints) {
    }

    private final List<List<String>> themes;

    /** @param themes real articles as lists of paragraphs ({@link NewsThemes#load}) */
    public ReuseScaleBench(List<List<String>> themes) {
        this.themes = List.copyOf(themes);
    }

    /** Runs the plan, calling {@code progress} at each checkpoint. */
    public Report run(Plan plan, Consumer<Checkpoint> progress) {
        SyntheticNews news = new SyntheticNews(themes, plan.seed(), 0.08, 0.08, 0.04);
        Fingerprinter fingerprinter = new Fingerprinter();
        StoryConfig storyConfig = StoryConfig.DEFAULT;
        StoryClusterer clusterer = new StoryClusterer(storyConfig);
        ReuseDetector detector = new ReuseDetector(ReuseConfig.DEFAULT);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, SyntheticNews.Injected> injected = new HashMap<>();
        Map<String, String> chainRoot = new HashMap<>();
        Map<String, int[]> perKind = new TreeMap<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        long words = 0;
        long featureNanos = 0;
        long clusterNanos = 0;
        long reuseNanos = 0;
        long clusterCpu = 0;
        long reuseCpu = 0;
        long reusePairs = 0;
        long chainPairs = 0;
        long otherPairs = 0;
        LocalDate newest = null;
        try (HeapWatch heap = new HeapWatch()) {
            for (int done = 0; done < plan.articles(); ) {
                int size = Math.min(BLOCK, plan.articles() - done);
                List<Article> block = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    SyntheticNews.Next next = news.next();
                    block.add(next.article());
                    next.injected().ifPresent(x -> {
                        injected.put(x.copy(), x);
                        chainRoot.put(x.copy(), chainRoot.getOrDefault(x.source(), x.source()));
                        perKind.computeIfAbsent(x.kind(), kind -> new int[4])[0]++;
                    });
                }
                long f0 = System.nanoTime();
                List<Fingerprint> fingerprints = block.parallelStream().map(fingerprinter::of).toList();
                // the article's sentences as the per-article phase cuts them (an untitled article's headline is its first)
                List<StoryInput> inputs = block.parallelStream()
                        .map(a -> StoryInput.of(a, SEGMENTING.analyse(a).sentenceSpans(), Optional.empty(), Set.of())).toList();
                featureNanos += System.nanoTime() - f0;
                for (int k = 0; k < size; k++) {
                    Article a = block.get(k);
                    words += fingerprints.get(k).words();
                    long c0 = System.nanoTime();
                    long u0 = threads.getCurrentThreadCpuTime();
                    clusterer.add(inputs.get(k));
                    List<String> companions = clusterer.companions(a.id(), ProvenanceStage.COMPANIONS);
                    long c1 = System.nanoTime();
                    long u1 = threads.getCurrentThreadCpuTime();
                    List<Reuse> found = detector.add(a, fingerprints.get(k), Optional.empty(), companions);
                    long c2 = System.nanoTime();
                    long u2 = threads.getCurrentThreadCpuTime();
                    clusterNanos += c1 - c0;
                    reuseNanos += c2 - c1;
                    clusterCpu += u1 - u0;
                    reuseCpu += u2 - u1;
                    for (Reuse r : found) {
                        reusePairs++;
                        SyntheticNews.Injected x = injected.get(r.b()) != null && injected.get(r.b()).source().equals(r.a())
                                ? injected.get(r.b()) : injected.get(r.a()) != null && injected.get(r.a()).source().equals(r.b())
                                ? injected.get(r.a()) : null;
                        if (x != null) {
                            int[] c = perKind.get(x.kind());
                            c[1]++;
                            c[2] += r.kind().code().equals(expectedKind(x.kind())) ? 1 : 0;
                            c[3] += r.a().equals(x.source()) ? 1 : 0;
                        } else if (chainRoot.getOrDefault(r.a(), r.a()).equals(chainRoot.getOrDefault(r.b(), r.b()))) {
                            chainPairs++;
                        } else {
                            otherPairs++;
                        }
                    }
                    Optional<LocalDate> day = a.metadata().published().map(t -> t.startDate());
                    if (day.isPresent() && (newest == null || day.get().isAfter(newest))) {
                        newest = day.get();
                    }
                }
                done += size;
                if (plan.window() > 0) {
                    long c0 = System.nanoTime();
                    long u0 = threads.getCurrentThreadCpuTime();
                    if (newest != null) {
                        clusterer.closeIdle(newest.minusDays(storyConfig.windowDays()), plan.window());
                    }
                    long c1 = System.nanoTime();
                    long u1 = threads.getCurrentThreadCpuTime();
                    detector.forgetAllBut(plan.window());
                    clusterNanos += c1 - c0;
                    clusterCpu += u1 - u0;
                    reuseNanos += System.nanoTime() - c1;
                    reuseCpu += threads.getCurrentThreadCpuTime() - u1;
                }
                if (done % plan.checkpoint() == 0 || done == plan.articles()) {
                    HeapWatch.Use use = heap.use();
                    Checkpoint cp = new Checkpoint(done, clusterNanos / 1e9, reuseNanos / 1e9, use.peakUsedMb(), use.maxLiveAfterGcMb(),
                            retainedMb(), clusterer.openStories());
                    checkpoints.add(cp);
                    progress.accept(cp);
                }
            }
            List<Recovery> recovery = new ArrayList<>();
            perKind.forEach((k, c) -> recovery.add(new Recovery(k, c[0], c[1], c[2], c[3])));
            return new Report(plan, Machine.current(), words, featureNanos / 1e9, clusterNanos / 1e9, clusterCpu / 1e9,
                    reuseNanos / 1e9, reuseCpu / 1e9, clusterer.storyCount(), detector.pairsAligned(), reusePairs, chainPairs,
                    otherPairs, recovery, heap.use(), detector.indexBytes(), checkpoints);
        }
    }

    /**
     * Heap in use right after a full collection, outside the timed sections: what the stream really
     * keeps (a young collection's "after" still counts old garbage).
     */
    private static double retainedMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    private static String expectedKind(String injected) {
        return switch (injected) {
            case "copy" -> "copy";
            case "near-copy" -> "near-copy";
            default -> "paraphrase";
        };
    }
}
