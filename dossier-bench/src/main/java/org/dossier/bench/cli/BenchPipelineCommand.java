package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.batch.Progress;
import org.dossier.bench.Machine;
import org.dossier.bench.HeapWatch;
import org.dossier.ingest.InputResolver;
import org.dossier.model.StageClock;
import org.dossier.pipeline.LocalRun;
import org.dossier.pipeline.Stages;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier bench pipeline DIR}: the whole analysis, where its time goes. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Runs the full analysis, as dossier analyze does, and reports the wall time and the CPU time of"
                + " the whole run (model loading and writing included), articles/s, CPU per article and the peak heap, and"
                + " per stage (load, read, extract, language, tokens, NER, dates, quotes, features, plan, alignment,"
                + " story views, writing) its thread time and CPU time.",
                "Stages run on several threads at once: their times are summed over threads. Run it with the heap you"
                        + " mean to quote, e.g. DOSSIER_JAVA_OPTS=-Xmx2g, on a machine doing nothing else."})
final class BenchPipelineCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or globs, as for analyze.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the dossier here (default: a temporary directory, removed after).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR|URI", description = "Also add the articles to this store, as analyze --store does.")
    String store;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-nlp", description = "Skip language, entities, dates and quotes.")
    boolean noNlp;

    @Option(names = "--no-embeddings", description = "Without the sentence-embedding model.")
    boolean noEmbeddings;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        InputResolver.Resolved resolved = new InputResolver().resolve(inputs);
        if (resolved.files().isEmpty()) {
            throw new IllegalArgumentException("no input found: " + String.join(", ", resolved.missing()));
        }
        boolean temporary = out == null;
        Path dir = temporary ? Files.createTempDirectory("dossier-bench-pipeline") : out;
        StageClock clock = StageClock.recording();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        LocalRun.Outcome run;
        Reading reading;
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        try (HeapWatch heap = new HeapWatch(); Store target = store == null ? null : Stores.open(store, Store.Access.READ_WRITE)) {
            run = LocalRun.run(resolved, Optional.of(dir), Optional.ofNullable(target),
                    new LocalRun.Options(new Stages.Options(!noNlp, !noEmbeddings, threads), 16L << 20),
                    "bench pipeline", n -> spec.commandLine().getErr().println("dossier: " + n),
                    new Progress(System.err, false), clock);
            reading = new Reading(System.nanoTime() - wall0, os.getProcessCpuTime() - cpu0, heap.use());
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        Report report = new Report(Machine.current(), run.batch().articles(), run.rejected(), run.batch().duplicates(),
                run.batch().bytes(), threads, reading, clock.totals(), run.failure());
        PrintWriter o = spec.commandLine().getOut();
        o.println(json ? json(report) : text(report));
        o.flush();
        return run.failure().isPresent() ? BenchCli.FAILED : BenchCli.OK;
    }

    /**
     * The whole run, from before the models load to after the last file is written.
     *
     * @param wallNanos its wall time
     * @param cpuNanos  the process's CPU time meanwhile, every thread
     * @param heap      the heap's peak use and what stayed live after collections
     */
    record Reading(long wallNanos, long cpuNanos, HeapWatch.Use heap) {
    }

    /**
     * What one run measured.
     *
     * @param reading the whole run's wall and process CPU time and peak heap
     * @param stages  per stage, its thread time and CPU time
     */
    record Report(Machine machine, long articles, long rejected, long duplicates, long bytes, int threads,
                  Reading reading, List<StageClock.Total> stages, Optional<String> failure) {

        double articlesPerSecond() {
            return articles / seconds(reading.wallNanos());
        }

        double cpuMsPerArticle() {
            return articles == 0 ? 0 : reading.cpuNanos() / 1e6 / articles;
        }

        /** Process CPU no stage accounts for: garbage collection, the JIT, threads loading models. */
        double unaccountedCpuSeconds() {
            long staged = stages.stream().mapToLong(t -> t.cpu().map(java.time.Duration::toNanos).orElse(0L)).sum();
            return seconds(reading.cpuNanos() - staged);
        }
    }

    static String text(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("machine: ").append(r.machine().describe()).append('\n');
        sb.append(String.format(Locale.ROOT, "%d articles, %d rejected, %d duplicates, %.2f MB read, %d threads%n",
                r.articles(), r.rejected(), r.duplicates(), r.bytes() / 1e6, r.threads()));
        sb.append(String.format(Locale.ROOT, "whole run: %.1f s wall, %.1f s CPU; %.2f articles/s; %.0f CPU-ms an article;"
                        + " peak heap %d MB%n", seconds(r.reading().wallNanos()), seconds(r.reading().cpuNanos()),
                r.articlesPerSecond(), r.cpuMsPerArticle(), r.reading().heap().peakUsed() >> 20));
        sb.append(String.format(Locale.ROOT, "%-12s %8s %10s %10s %14s%n", "stage", "calls", "thread s", "CPU s", "CPU ms/article"));
        for (StageClock.Total t : r.stages()) {
            double cpu = t.cpu().map(c -> seconds(c.toNanos())).orElse(Double.NaN);
            sb.append(String.format(Locale.ROOT, "%-12s %8d %10.2f %10.2f %14.2f%n", t.stage().label(), t.calls(),
                    seconds(t.wall().toNanos()), cpu, r.articles() == 0 ? 0 : cpu * 1000 / r.articles()));
        }
        sb.append(String.format(Locale.ROOT, "%-12s %8s %10s %10.2f%n", "unaccounted", "", "", r.unaccountedCpuSeconds()));
        r.failure().ifPresent(f -> sb.append("the run failed: ").append(f).append('\n'));
        return sb.toString().stripTrailing();
    }

    static String json(Report r) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("machine", r.machine().describe());
        root.put("articles", r.articles());
        root.put("rejected", r.rejected());
        root.put("duplicates", r.duplicates());
        root.put("bytes", r.bytes());
        root.put("threads", r.threads());
        root.put("wallSeconds", round(seconds(r.reading().wallNanos())));
        root.put("cpuSeconds", round(seconds(r.reading().cpuNanos())));
        root.put("articlesPerSecond", round(r.articlesPerSecond()));
        root.put("cpuMsPerArticle", round(r.cpuMsPerArticle()));
        root.put("peakHeapBytes", r.reading().heap().peakUsed());
        root.put("maxLiveAfterGcBytes", r.reading().heap().maxLiveAfterGc());
        ArrayNode stages = root.putArray("stages");
        for (StageClock.Total t : r.stages()) {
            ObjectNode s = stages.addObject();
            s.put("stage", t.stage().label());
            s.put("calls", t.calls());
            s.put("threadSeconds", round(seconds(t.wall().toNanos())));
            t.cpu().ifPresent(c -> s.put("cpuSeconds", round(seconds(c.toNanos()))));
        }
        root.put("unaccountedCpuSeconds", round(r.unaccountedCpuSeconds()));
        r.failure().ifPresent(f -> root.put("failure", f));
        return mapper.writeValueAsString(root);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
