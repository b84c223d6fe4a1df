package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.bench.BenchPages;
import org.dossier.bench.ExtractionBench;
import org.dossier.bench.Machine;
import org.dossier.bench.Throughput;
import org.dossier.extract.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier bench ...}: measures speed and memory, for {@code docs/BENCHMARKS.md}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures how fast Dossier runs.",
        subcommands = {BenchCommand.Extraction.class, BenchReuseCommand.class, BenchCommand.StoryStage.class, BriefingBenchCommand.class, BenchServeCommand.class,
                BenchPipelineCommand.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dossier bench extraction DIR}. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Extraction throughput (decode and extract, from bytes in memory) after JIT warm-up: pages/s"
                    + " and MB/s on one thread and on --threads, the peak heap, and the machine.",
                    "DIR is a benchmark in the Zyte layout (its pages are read, not ground-truth.json) or any directory of"
                            + " pages. Run it with the heap you mean to quote, e.g. DOSSIER_JAVA_OPTS=-Xmx1g."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The pages to run on.")
        Path dir;

        @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel figure (default: the cores, ${DEFAULT-VALUE}).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per thread count; the median is reported (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--round-seconds", paramLabel = "S", description = "Length of a round (default: ${DEFAULT-VALUE}).")
        double roundSeconds = 3;

        @Option(names = "--warmup-seconds", paramLabel = "S", description = "Untimed extraction first, for the JIT (default: ${DEFAULT-VALUE}).")
        double warmupSeconds = 10;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a directory: " + dir);
            }
            if (threads < 1 || rounds < 1 || !(roundSeconds > 0) || !(warmupSeconds >= 0)) {
                throw new IllegalArgumentException("--threads and --rounds must be at least 1, --round-seconds positive and"
                        + " --warmup-seconds not negative");
            }
            BenchPages pages = BenchPages.load(dir);
            var plan = new ExtractionBench.Plan(List.of(1, threads), rounds, seconds(roundSeconds), seconds(warmupSeconds));
            ExtractionBench.Report report = new ExtractionBench(new PageExtractor()).run(pages, plan);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? json(report, plan) : text(report, plan));
            out.flush();
            return BenchCli.OK;
        }

        private static Duration seconds(double s) {
            return Duration.ofNanos(Math.round(s * 1e9));
        }

        private static String text(ExtractionBench.Report r, ExtractionBench.Plan plan) {
            StringBuilder sb = new StringBuilder();
            BenchPages c = r.corpus();
            sb.append(String.format(Locale.ROOT, "extraction: %s: %d pages, %.2f MB, %d gave an article%n",
                    c.source(), c.pages().size(), c.megabytes(), r.articles()));
            sb.append("machine: ").append(r.machine().describe()).append('\n');
            sb.append(String.format(Locale.ROOT, "warm-up: %d pages untimed; then %d rounds of %.0f s per thread count%n",
                    r.warmupPages(), plan.rounds(), plan.round().toMillis() / 1000.0));
            sb.append("threads   pages/s     MB/s   pages/s range     peak heap  live after GC   GCs (time)\n");
            for (ExtractionBench.Measured m : r.measured()) {
                Throughput med = m.median();
                sb.append(String.format(Locale.ROOT, "%7d  %8.1f  %7.2f   %7.1f–%-7.1f  %6.0f MB  %10.0f MB   %4d (%.1f s)%n",
                        m.threads(), med.pagesPerSecond(), med.megabytesPerSecond(), m.slowest().pagesPerSecond(),
                        m.fastest().pagesPerSecond(), m.heap().peakUsedMb(), m.heap().maxLiveAfterGcMb(),
                        m.heap().collections(), m.heap().gcMillis() / 1000.0));
            }
            return sb.toString().stripTrailing();
        }

        private static String json(ExtractionBench.Report r, ExtractionBench.Plan plan) throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("corpus", r.corpus().source());
            n.put("pages", r.corpus().pages().size());
            n.put("megabytes", r.corpus().megabytes());
            n.put("articles", r.articles());
            Machine m = r.machine();
            n.putObject("machine").put("cores", m.cores()).put("cpu", m.cpu()).put("os", m.os()).put("java", m.java())
                    .put("max_heap_mb", m.maxHeap() >> 20);
            n.put("warmup_pages", r.warmupPages());
            n.put("rounds", plan.rounds());
            n.put("round_seconds", plan.round().toMillis() / 1000.0);
            ArrayNode runs = n.putArray("runs");
            for (ExtractionBench.Measured x : r.measured()) {
                ObjectNode o = runs.addObject();
                o.put("threads", x.threads());
                o.put("pages_per_second", x.median().pagesPerSecond());
                o.put("mb_per_second", x.median().megabytesPerSecond());
                o.put("pages_per_second_min", x.slowest().pagesPerSecond());
                o.put("pages_per_second_max", x.fastest().pagesPerSecond());
                o.put("peak_heap_mb", x.heap().peakUsedMb());
                o.put("max_live_after_gc_mb", x.heap().maxLiveAfterGcMb());
                o.put("gc_count", x.heap().collections());
                o.put("gc_seconds", x.heap().gcMillis() / 1000.0);
            }
            return mapper.writeValueAsString(n);
        }
    }

    /** {@code dossier bench story DIR}: the claims and framing stage per story, and for 1,000 stories. */
    @Command(name = "story", mixinStandardHelpOptions = true,
            description = {"Time and heap of the story view's claims and framing stage: DIR is analysed once (NLP,"
                    + " embeddings, cross-article), then the stage runs over its stories again and again until --stories"
                    + " stories are done, after --warmup untimed ones."})
    static final class StoryStage implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Pages to make the stories of.")
        Path dir;

        @Option(names = "--stories", paramLabel = "N", description = "Stories to time (default: ${DEFAULT-VALUE}).")
        int stories = 1000;

        @Option(names = "--warmup", paramLabel = "N", description = "Untimed stories first, for the JIT (default: ${DEFAULT-VALUE}).")
        int warmup = 50;

        @Option(names = "--one-story", description = "Treat all of DIR's articles as one story.")
        boolean oneStory;

        @Option(names = "--no-embeddings", description = "Align claims without sentence embeddings.")
        boolean noEmbeddings;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a directory: " + dir);
            }
            if (stories < 1 || warmup < 0) {
                throw new IllegalArgumentException("--stories must be at least 1 and --warmup not negative");
            }
            Path scratch = Files.createTempDirectory("dossier-bench-story");
            try (var stages = org.dossier.pipeline.Stages.load(new org.dossier.pipeline.Stages.Options(true, !noEmbeddings, 1));
                 var writer = new org.dossier.output.DossierWriter(scratch)) {
                var resolved = new org.dossier.ingest.InputResolver().resolve(List.of(dir.toString()));
                var runner = new org.dossier.batch.BatchRunner(new org.dossier.ingest.PageReader(new org.dossier.ingest.Limits(64L << 20)),
                        stages.perArticle(), 1);
                var assembler = new org.dossier.pipeline.DossierAssembler(writer, stages);
                runner.run(resolved.files(), assembler, org.dossier.batch.Progress.silent());
                org.dossier.model.DossierResult result = assembler.finish().expectResult();
                List<org.dossier.story.StoryMaterial> materials = org.dossier.story.StoryMaterial.of(oneStory ? merged(result) : result);
                if (materials.isEmpty()) {
                    throw new IllegalArgumentException("no story in " + dir);
                }
                var view = stages.storyView();
                for (int i = 0; i < warmup; i++) {
                    view.run(materials.get(i % materials.size()));
                }
                long claims = 0;
                long articles = 0;
                long start;
                long nanos;
                org.dossier.bench.HeapWatch.Use heap;
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpuStart;
                long cpu;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long baseline = rt.totalMemory() - rt.freeMemory();
                try (var watch = new org.dossier.bench.HeapWatch()) {
                    cpuStart = os.getProcessCpuTime();
                    start = System.nanoTime();
                    for (int i = 0; i < stories; i++) {
                        var m = materials.get(i % materials.size());
                        claims += view.run(m).claims().size();
                        articles += m.articles().size();
                    }
                    nanos = System.nanoTime() - start;
                    cpu = os.getProcessCpuTime() - cpuStart;
                    heap = watch.use();
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "story stage: %s: %d distinct stories, %.1f articles per story on average, embeddings %s%n",
                        dir, materials.size(), articles / (double) stories, noEmbeddings ? "off" : "on");
                out.println("machine: " + Machine.current().describe());
                out.printf(Locale.ROOT, "%d stories in %.2f s wall, %.2f s process CPU: %.1f ms per story wall, %.1f ms CPU;"
                                + " %.0f claims per story; heap with the models and the stories loaded %.0f MB; while timed: peak %.0f MB,"
                                + " live after GC %.0f MB, %d GCs%n", stories,
                        nanos / 1e9, cpu / 1e9, nanos / 1e6 / stories, cpu / 1e6 / stories,
                        claims / (double) stories, baseline / 1e6, heap.peakUsedMb(), heap.maxLiveAfterGcMb(), heap.collections());
                out.flush();
            } finally {
                try (var files = Files.walk(scratch)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return BenchCli.OK;
        }

        private static org.dossier.model.DossierResult merged(org.dossier.model.DossierResult r) {
            var first = r.stories().getFirst();
            List<String> all = r.stories().stream().flatMap(s -> s.articles().stream()).toList();
            return new org.dossier.model.DossierResult(r.articles(), r.entities(), r.quotes(), r.anchoredDates(),
                    List.of(new org.dossier.model.Story(first.id(), first.title(), all, first.firstSeen(), first.lastSeen())),
                    r.reuses(), List.of(), List.of());
        }
    }
}
