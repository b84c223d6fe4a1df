package org.dossier.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.batch.BatchListener;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.Progress;
import org.dossier.bench.BriefingBench;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierResult;
import org.dossier.model.Rejection;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier bench briefing INPUT...}: time and memory of the timeline and briefing stage. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = {"Time and memory of the timeline and briefing stage (timelines, briefings, briefing.md and"
                + " index.html): per story on the analysed INPUT, and for --stories stories made by copying INPUT's"
                + " stories under fresh ids. The analysis itself is not timed.",
                "Run it with the heap you mean to quote, e.g. DOSSIER_JAVA_OPTS=-Xmx1g."})
final class BriefingBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Pages, directories or globs to analyse first.")
    List<String> inputs;

    @Option(names = "--stories", paramLabel = "N", description = "Stories in the scaled case (default: ${DEFAULT-VALUE}).")
    int stories = 1000;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (stories < 1 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--stories and --rounds must be at least 1 and --warmup not negative");
        }
        InputResolver.Resolved resolved = new InputResolver().resolve(inputs);
        if (resolved.files().isEmpty()) {
            throw new IllegalArgumentException("no input found: " + String.join(", ", resolved.missing()));
        }
        DossierResult base;
        try (Stages stages = Stages.load(new Stages.Options(true, true, Runtime.getRuntime().availableProcessors()))) {
            List<AnalysedArticle> analysed = new ArrayList<>();
            new BatchRunner(new PageReader(Limits.DEFAULT), stages.perArticle(), 1)
                    .run(resolved.files(), new BatchListener() {
                        @Override
                        public void article(Article article) {
                            analysed.add(AnalysedArticle.bare(article));
                        }

                        @Override
                        public void analysed(AnalysedArticle a) {
                            analysed.add(a);
                        }

                        @Override
                        public void rejected(Rejection rejection) {
                        }
                    }, Progress.silent());
            base = new CrossArticle(stages).run(analysed);
        }
        if (base.stories().isEmpty()) {
            throw new IllegalArgumentException("no stories in " + String.join(", ", inputs) + ": nothing to brief");
        }
        Path scratch = Files.createTempDirectory("dossier-bench-briefing");
        BriefingBench.Report r = new BriefingBench(rounds, warmup).run(base, stories, scratch);
        spec.commandLine().getOut().println(BriefingBench.text(r));
        spec.commandLine().getOut().flush();
        try (var files = Files.walk(scratch)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return BenchCli.OK;
    }
}
