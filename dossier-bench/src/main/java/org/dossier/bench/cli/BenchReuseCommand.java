package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.bench.Machine;
import org.dossier.bench.NewsThemes;
import org.dossier.bench.ReuseScaleBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier bench reuse --articles N}: reuse detection and story clustering at scale. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = {"Reuse detection and story clustering over N synthetic articles rewritten from the real"
                + " paragraphs of the benchmark corpora (a share of them injected copies, near-copies and partial reuse),"
                + " streamed in publication order: wall and CPU time, peak heap, and how much injected reuse is found.",
                "Run it with the heap you mean to quote, e.g. DOSSIER_JAVA_OPTS=-Xmx8g."})
final class BenchReuseCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", required = true, description = "Articles to stream (10000, 100000, 1000000).")
    int articles;

    @Option(names = "--corpora", paramLabel = "DIR", description = "The directory holding bench/extraction-zyte and"
            + " bench/attribution-polnear (default: ${DEFAULT-VALUE}).")
    Path corpora = Path.of("../shared");

    @Option(names = "--window", paramLabel = "N", description = "Articles the reuse detector remembers, and arrivals an undated"
            + " story stays open; dated stories close 7 days after their last article. 0 keeps everything (default: ${DEFAULT-VALUE}).")
    int window = 20_000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic stream (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--checkpoint", paramLabel = "N", description = "Print progress every N articles (default: a tenth of N).")
    Integer checkpoint;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || window < 0 || (checkpoint != null && checkpoint < 1)) {
            throw new IllegalArgumentException("--articles and --checkpoint must be at least 1, --window not negative");
        }
        List<List<String>> themes;
        try {
            themes = NewsThemes.load(corpora);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int every = checkpoint != null ? checkpoint : Math.max(1000, articles / 10 / 1000 * 1000);
        var plan = new ReuseScaleBench.Plan(articles, window, seed, every);
        err.printf(Locale.ROOT, "reuse bench: %d articles from %d real ones, window %s, %s%n", articles, themes.size(),
                window == 0 ? "none" : window + " articles", Machine.current().describe());
        err.flush();
        ReuseScaleBench.Report r = new ReuseScaleBench(themes).run(plan, cp -> {
            err.printf(Locale.ROOT, "  %,d articles: clustering %.1f s, reuse %.1f s, heap peak %.0f MB, retained after full GC %.0f MB,"
                    + " %d open stories%n", cp.articles(), cp.clusterSeconds(), cp.reuseSeconds(), cp.peakHeapMb(), cp.retainedMb(),
                    cp.openStories());
            err.flush();
        });
        out.println(json ? json(r) : text(r));
        out.flush();
        return BenchCli.OK;
    }

    private static String text(ReuseScaleBench.Report r) {
        StringBuilder sb = new StringBuilder();
        int n = r.plan().articles();
        sb.append(String.format(Locale.ROOT, "reuse bench: %,d articles, %,d words, window %s%n", n, r.words(),
                r.plan().window() == 0 ? "none" : r.plan().window() + " articles"));
        sb.append("machine: ").append(r.machine().describe()).append('\n');
        sb.append(String.format(Locale.ROOT, "features (fingerprint + terms, parallel): %.1f s%n", r.featureSeconds()));
        sb.append(String.format(Locale.ROOT, "clustering (one thread): %.1f s wall, %.1f s CPU, %,d stories%n", r.clusterSeconds(),
                r.clusterCpuSeconds(), r.stories()));
        sb.append(String.format(Locale.ROOT, "reuse detection (one thread): %.1f s wall, %.1f s CPU, %.1f pairs aligned an article,"
                + " %,d reuse pairs (%,d within a chain of copies, %,d others)%n", r.reuseSeconds(), r.reuseCpuSeconds(),
                r.pairsAligned() / (double) n, r.reusePairs(), r.chainPairs(), r.otherPairs()));
        sb.append(String.format(Locale.ROOT, "heap: peak %.0f MB, most live after a GC %.0f MB, detector index %.0f MB; %d GCs (%.1f s)%n",
                r.heap().peakUsedMb(), r.heap().maxLiveAfterGcMb(), r.indexBytes() / 1e6, r.heap().collections(),
                r.heap().gcMillis() / 1000.0));
        for (ReuseScaleBench.Recovery x : r.recovery()) {
            sb.append(String.format(Locale.ROOT, "injected %-9s %,7d: found %.3f, kind right %.3f, direction right %.3f (of found)%n",
                    x.kind(), x.injected(), x.found() / (double) x.injected(), x.kindRight() / (double) Math.max(1, x.found()),
                    x.directionRight() / (double) Math.max(1, x.found())));
        }
        return sb.toString().stripTrailing();
    }

    private static String json(ReuseScaleBench.Report r) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        n.put("articles", r.plan().articles()).put("window", r.plan().window()).put("seed", r.plan().seed()).put("words", r.words());
        Machine m = r.machine();
        n.putObject("machine").put("cores", m.cores()).put("cpu", m.cpu()).put("os", m.os()).put("java", m.java())
                .put("max_heap_mb", m.maxHeap() >> 20);
        n.put("feature_seconds", r.featureSeconds()).put("cluster_seconds", r.clusterSeconds())
                .put("cluster_cpu_seconds", r.clusterCpuSeconds()).put("reuse_seconds", r.reuseSeconds())
                .put("reuse_cpu_seconds", r.reuseCpuSeconds()).put("stories", r.stories()).put("pairs_aligned", r.pairsAligned())
                .put("reuse_pairs", r.reusePairs()).put("chain_pairs", r.chainPairs()).put("other_pairs", r.otherPairs())
                .put("peak_heap_mb", r.heap().peakUsedMb()).put("max_live_after_gc_mb", r.heap().maxLiveAfterGcMb())
                .put("index_mb", r.indexBytes() / 1e6);
        var rec = n.putArray("injected");
        for (ReuseScaleBench.Recovery x : r.recovery()) {
            rec.addObject().put("kind", x.kind()).put("injected", x.injected()).put("found", x.found())
                    .put("kind_right", x.kindRight()).put("direction_right", x.directionRight());
        }
        var cps = n.putArray("checkpoints");
        for (ReuseScaleBench.Checkpoint c : r.checkpoints()) {
            cps.addObject().put("articles", c.articles()).put("cluster_seconds", c.clusterSeconds()).put("reuse_seconds", c.reuseSeconds())
                    .put("peak_heap_mb", c.peakHeapMb()).put("max_live_after_gc_mb", c.liveHeapMb()).put("retained_mb", c.retainedMb())
                    .put("open_stories", c.openStories());
        }
        return mapper.writeValueAsString(n);
    }
}
