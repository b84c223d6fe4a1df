package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
import org.dossier.testing.Corpora;

/**
 * {@code ReuseBench N [SHARED_DIR]}: generates N synthetic articles (see {@link SyntheticNews}), then
 * times per-article fingerprinting (parallel), story clustering and reuse detection (one thread, in
 * publication order, as {@code ProvenanceStage} runs them) and reports heap: retained after GC, and
 * the peak sampled every 10 ms. Also scores the detector on the injected reuse.
 */
public final class ReuseBench {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ReuseBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path shared = args.length > 1 ? Path.of(args[1]) : Corpora.shared().orElseThrow();
        List<List<String>> themes = new ArrayList<>();
        for (Article a : Corpora.zyte(shared)) {
            themes.add(a.paragraphTexts());
        }
        for (String split : List.of("train", "dev")) {
            for (Article a : Corpora.polnear(shared, split)) {
                themes.add(a.paragraphTexts());
            }
        }
        long t0 = System.nanoTime();
        SyntheticNews gen = new SyntheticNews(themes, 42);
        List<Article> articles = gen.generate(n, 0.08, 0.08, 0.04);
        long words = articles.stream().mapToLong(a -> a.body().split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "generated %d articles (%d words, %d injected reuses) from %d real articles in %.1f s%n",
                n, words, gen.injected.size(), themes.size(), (System.nanoTime() - t0) / 1e9);
        themes = null;
        long baseline = retained();

        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        Fingerprinter fingerprinter = new Fingerprinter();
        long f0 = System.nanoTime();
        List<Fingerprint> fingerprints = articles.parallelStream().map(fingerprinter::of).toList();
        List<StoryInput> inputs = new ArrayList<>(articles.parallelStream().map(a -> StoryInput.of(a, Optional.empty(), Set.of())).toList());
        double featureSeconds = (System.nanoTime() - f0) / 1e9;

        StoryClusterer clusterer = new StoryClusterer(StoryConfig.DEFAULT);
        ReuseDetector detector = new ReuseDetector(ReuseConfig.DEFAULT);
        List<Reuse> reuses = new ArrayList<>();
        long clusterNanos = 0;
        long reuseNanos = 0;
        long clusterCpu = 0;
        long reuseCpu = 0;
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            long c0 = System.nanoTime();
            long u0 = threads.getCurrentThreadCpuTime();
            clusterer.add(inputs.get(i));
            inputs.set(i, null); // a streaming caller keeps no term counts once an article is clustered
            List<String> companions = clusterer.companions(articles.get(i).id(), ProvenanceStage.COMPANIONS);
            long c1 = System.nanoTime();
            long u1 = threads.getCurrentThreadCpuTime();
            reuses.addAll(detector.add(articles.get(i), fingerprints.get(i), Optional.empty(), companions));
            long c2 = System.nanoTime();
            long u2 = threads.getCurrentThreadCpuTime();
            clusterNanos += c1 - c0;
            reuseNanos += c2 - c1;
            clusterCpu += u1 - u0;
            reuseCpu += u2 - u1;
            if ((i + 1) % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  %d articles: clustering %.1f s, reuse %.1f s, heap peak %d MB%n", i + 1,
                        clusterNanos / 1e9, reuseNanos / 1e9, peak.get() >> 20);
            }
        }
        sampler.interrupt();
        long after = retained();
        int stories = clusterer.stories().size();
        System.out.printf(Locale.ROOT, "features (fingerprint + terms, parallel) %.1f s = %.0f articles/s%n", featureSeconds,
                n / featureSeconds);
        System.out.printf(Locale.ROOT, "clustering %.1f s (%.1f s CPU) = %.0f articles/s, %d stories%n", clusterNanos / 1e9,
                clusterCpu / 1e9, n / (clusterNanos / 1e9), stories);
        System.out.printf(Locale.ROOT, "reuse %.1f s (%.1f s CPU) = %.0f articles/s, %d pairs aligned (%.1f per article; all pairs would be %d), %d reuse pairs%n",
                reuseNanos / 1e9, reuseCpu / 1e9, n / (reuseNanos / 1e9), detector.pairsAligned(), detector.pairsAligned() / (double) n,
                (long) n * (n - 1) / 2, reuses.size());
        System.out.printf(Locale.ROOT, "heap: corpus %d MB; retained by the stage (fingerprints, indexes, centroids, reuse found) %d MB"
                        + " (detector index estimate %d MB); peak sampled %d MB%n",
                baseline >> 20, (after - baseline) >> 20, detector.indexBytes() >> 20, peak.get() >> 20);
        score(gen.injected, reuses);
        // keep the stage reachable until the retained figure was taken
        if (fingerprints.size() + reuses.size() < 0) {
            System.out.println(clusterer.articles() + detector.size());
        }
    }

    private static void score(List<SyntheticNews.Injected> injected, List<Reuse> reuses) {
        Map<Set<String>, Reuse> byPair = new HashMap<>();
        for (Reuse r : reuses) {
            byPair.put(Set.of(r.a(), r.b()), r);
        }
        Map<String, int[]> perKind = new java.util.TreeMap<>(); // found, right kind, right direction, total
        Set<Set<String>> injectedPairs = new HashSet<>();
        for (SyntheticNews.Injected x : injected) {
            injectedPairs.add(Set.of(x.source(), x.copy()));
            int[] c = perKind.computeIfAbsent(x.kind(), k -> new int[4]);
            c[3]++;
            Reuse r = byPair.get(Set.of(x.source(), x.copy()));
            if (r != null) {
                c[0]++;
                String want = switch (x.kind()) {
                    case "copy" -> "copy";
                    case "near-copy" -> "near-copy";
                    default -> "paraphrase";
                };
                c[1] += r.kind().code().equals(want) ? 1 : 0;
                c[2] += r.a().equals(x.source()) ? 1 : 0;
            }
        }
        perKind.forEach((k, c) -> System.out.printf(Locale.ROOT,
                "injected %-9s %5d: found %.3f, kind right %.3f, direction right %.3f (of found)%n", k, c[3],
                c[0] / (double) c[3], c[1] / (double) Math.max(1, c[0]), c[2] / (double) Math.max(1, c[0])));
        Map<String, String> parent = new HashMap<>();
        for (SyntheticNews.Injected x : injected) {
            parent.put(root(parent, x.copy()), root(parent, x.source()));
        }
        long transitive = 0;
        long other = 0;
        for (Reuse r : reuses) {
            if (!injectedPairs.contains(Set.of(r.a(), r.b()))) {
                if (root(parent, r.a()).equals(root(parent, r.b()))) {
                    transitive++;
                } else {
                    other++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "reuse pairs not injected directly: %d between articles of one injected chain"
                + " (a copy of a copy), %d others (shared stock phrases of the generated text)%n", transitive, other);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static long retained() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

}
