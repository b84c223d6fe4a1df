package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.BatchStats;
import org.dossier.batch.Progress;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.output.DossierWriter;
import org.dossier.pipeline.DossierAssembler;
import org.dossier.pipeline.Stages;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.storeapp.StoreIngest;
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
        Limits limits = new Limits((long) maxPageMb << 20);
        BatchStats stats;
        Optional<StoreIngest.Outcome> stored = Optional.empty();
        Optional<String> failure = Optional.empty();
        List<String> missing = List.of();
        try (Store target = store == null ? null : Stores.open(store, Store.Access.READ_WRITE);
             Stages stages = Stages.load(new Stages.Options(!noNlp, !noEmbeddings, threads));
             DossierWriter writer = out == null ? null : new DossierWriter(out)) {
            if (target != null) {
                target.notices().forEach(n -> spec.commandLine().getErr().println("dossier: " + n));
            }
            // progress starts once the models are loaded, so its rates are the batch's own
            Progress progress = quiet ? Progress.silent() : new Progress(System.err, System.console() != null);
            // with no dossier to write, articles the store holds need no analysis
            ArticleAnalyzer analyzer = writer == null ? StoreIngest.skippingKnown(stages.analyzer(), target) : stages.analyzer();
            BatchRunner runner = new BatchRunner(new PageReader(limits), new PageExtractor(), analyzer, threads);
            for (String absent : resolved.missing()) {
                if (writer != null) {
                    writer.rejected(Rejection.of(absent, RejectCode.UNREADABLE, "no such file, directory or matching glob"));
                }
            }
            DossierAssembler assembler = writer == null ? null : new DossierAssembler(writer, stages);
            StoreIngest ingest = target == null ? null : new StoreIngest(target, stages, Optional.ofNullable(assembler));
            stats = runner.run(resolved.files(), ingest != null ? ingest : assembler, progress);
            if (assembler != null) {
                failure = assembler.finish().failure();
                missing = writer.missing();
            }
            if (ingest != null && failure.isEmpty()) {
                stored = Optional.of(ingest.finish("analyze " + String.join(" ", inputs)));
            }
        }
        long rejected = stats.rejected() + resolved.missing().size();
        Summary summary = new Summary(stats.articles(), rejected, stats.duplicates(), stats.bytes(),
                (System.nanoTime() - started) / 1e9, failure, missing);
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
     */
    private record Summary(long articles, long rejected, long duplicates, long bytes, double seconds,
                           Optional<String> failure, List<String> missing) {
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
