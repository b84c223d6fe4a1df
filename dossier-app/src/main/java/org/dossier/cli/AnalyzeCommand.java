package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.batch.BatchStats;
import org.dossier.batch.Progress;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputResolver;
import org.dossier.model.StageClock;
import org.dossier.pipeline.LocalRun;
import org.dossier.pipeline.Stages;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.pipeline.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze INPUT... --out DIR [--store DIR]}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extracts clean articles from pages and writes a dossier directory.",
                "INPUT is a file, a directory (read recursively), a glob, or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input gave an article (or repeated one: duplicates.jsonl)",
                "1:some inputs were rejected (see rejected.jsonl)",
                "2:usage error",
                "3:the run failed (e.g. the output cannot be written, or out of memory); the files of the phases"
                        + " that ended are kept and run.json says what is missing"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, globs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write the dossier to (optional with --store).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR|URI", description = {"Add the new articles to this store (a directory,"
            + " or opensearch://host:port/index) and update the stories they join; articles it holds are skipped.",
            "See docs/STORE.md."})
    String store;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-page-mb", paramLabel = "MB", description = "Reject pages larger than this (default: ${DEFAULT-VALUE}).")
    int maxPageMb = 16;

    @Option(names = "--no-nlp", description = "Skip language, entities and dates.")
    boolean noNlp;

    @Option(names = "--no-embeddings", description = "Find reuse and stories from text features alone, without"
            + " the sentence-embedding model (faster; misses paraphrases).")
    boolean noEmbeddings;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (maxPageMb < 1) {
            throw new UsageException("--max-page-mb must be at least 1, got " + maxPageMb);
        }
        if (out == null && store == null) {
            throw new UsageException("analyze needs --out DIR, --store DIR, or both");
        }
        InputResolver.Resolved resolved = withoutOutput(new InputResolver().resolve(inputs));
        if (resolved.files().isEmpty()) {
            throw new UsageException("no input found: " + String.join(", ", resolved.missing()));
        }
        LocalRun.Options options = new LocalRun.Options(new Stages.Options(!noNlp, !noEmbeddings, threads),
                (long) maxPageMb << 20);
        // progress on stderr, through every phase; its rates are the batch's own, from when the models are loaded
        Progress progress = quiet ? Progress.silent() : new Progress(System.err, System.console() != null);
        StageClock clock = StageClock.recording();
        LocalRun.Outcome run;
        try (Store target = store == null ? null : Stores.open(store, Store.Access.READ_WRITE)) {
            run = LocalRun.run(resolved, Optional.ofNullable(out), Optional.ofNullable(target), options,
                    "analyze " + String.join(" ", inputs), n -> spec.commandLine().getErr().println("dossier: " + n), progress, clock);
        }
        BatchStats stats = run.batch();
        Optional<String> failure = run.failure();
        List<String> missing = run.missing();
        Optional<StoreIngest.Outcome> stored = run.stored();
        long rejected = run.rejected();
        Summary summary = new Summary(stats.articles(), rejected, stats.duplicates(), stats.bytes(),
                (System.nanoTime() - started) / 1e9, failure, missing, clock.totals());
        printSummary(summary, stored);
        if (failure.isPresent()) {
            spec.commandLine().getErr().println("dossier: " + failure.get() + "; kept: the files of the phases that ended; not written: "
                    + (missing.isEmpty() ? "nothing" : String.join(", ", missing)) + " (see run.json)");
            return DossierCli.FAILED;
        }
        return rejected == 0 ? DossierCli.OK : DossierCli.SOME_REJECTED;
    }

    /**
     * What the run did, as the summary line and {@code --json} tell it.
     *
     * @param seconds wall time of the whole run, from the command's start (models and writing included)
     * @param stages  where the time went, per stage (thread time: stages run on several threads at once)
     */
    private record Summary(long articles, long rejected, long duplicates, long bytes, double seconds,
                           Optional<String> failure, List<String> missing, List<StageClock.Total> stages) {
    }

    /**
     * The inputs minus anything inside the output directory: "analyze . --out out" run twice must
     * not read the first run's dossier as pages.
     */
    private InputResolver.Resolved withoutOutput(InputResolver.Resolved resolved) {
        List<Path> dirs = new java.util.ArrayList<>();
        if (out != null) {
            dirs.add(out.toAbsolutePath().normalize());
        }
        if (store != null && Stores.scheme(store).equals(Stores.DEFAULT_SCHEME)) {
            dirs.add(Path.of(Stores.withoutScheme(store)).toAbsolutePath().normalize());
        }
        List<InputFile> files = resolved.files().stream()
                .filter(f -> f.isStdin() || dirs.stream().noneMatch(d -> f.path().toAbsolutePath().normalize().startsWith(d)))
                .toList();
        return new InputResolver.Resolved(files, resolved.missing());
    }

    private void printSummary(Summary s, Optional<StoreIngest.Outcome> stored) throws Exception {
        var outStream = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("articles", s.articles());
            summary.put("rejected", s.rejected());
            summary.put("duplicates", s.duplicates());
            summary.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
            summary.put("bytes", s.bytes());
            summary.put("out", out == null ? null : out.toString());
            summary.put("failure", s.failure().orElse(null));
            summary.put("missing", s.missing());
            stored.ifPresent(o -> summary.put("store", storeSummary(o)));
            summary.put("stages", s.stages().stream().map(AnalyzeCommand::stageSummary).toList());
            outStream.println(new ObjectMapper().writeValueAsString(summary));
        } else {
            outStream.println(String.format(Locale.ROOT, "%d articles, %d rejected, %s%.1f s", s.articles(), s.rejected(),
                    s.duplicates() == 0 ? "" : s.duplicates() + (s.duplicates() == 1 ? " duplicate, " : " duplicates, "),
                    s.seconds()));
            stored.ifPresent(o -> outStream.println(String.format(Locale.ROOT,
                    "store %s: %d new, %d already stored, %d stored articles re-run, %s", store, o.added(), o.known(),
                    o.rerun(), o.commit().map(c -> "commit " + c.sequence()).orElse("nothing to commit"))));
        }
        outStream.flush();
    }

    private static Map<String, Object> stageSummary(StageClock.Total t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", t.stage().label());
        m.put("calls", t.calls());
        m.put("seconds", Math.round(t.wall().toNanos() / 1e6) / 1000.0);
        m.put("cpuSeconds", t.cpu().map(c -> Math.round(c.toNanos() / 1e6) / 1000.0).orElse(null));
        return m;
    }

    private Map<String, Object> storeSummary(StoreIngest.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", store);
        m.put("added", o.added());
        m.put("known", o.known());
        m.put("rerun", o.rerun());
        m.put("commit", o.commit().map(c -> c.sequence()).orElse(null));
        return m;
    }
}
