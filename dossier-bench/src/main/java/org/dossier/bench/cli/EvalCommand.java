package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.ExtractionBenchmark;
import org.dossier.eval.ExtractionScore;
import org.dossier.extract.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval ...}: scores Dossier against public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores Dossier against a benchmark.",
        subcommands = {EvalCommand.Extraction.class, EvalAttributionCommand.class, EvalNerCommand.class,
                EvalClaimsCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dossier eval extraction DIR}. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores article extraction on a benchmark in the Zyte layout (ground-truth.json beside"
                    + " html/ or text/): precision, recall, F1 and accuracy over 4-word shingles, and pages/s.",
                    "Pages/s is single-threaded extraction time, after one untimed warm-up pass."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The benchmark directory.")
        Path dir;

        @Option(names = "--json", description = "Print the scores as JSON.")
        boolean json;

        @Option(names = "--per-page", paramLabel = "FILE", description = "Write each page's scores and extracted body as JSON lines.")
        Path perPage;

        @Option(names = "--warmup", paramLabel = "N", description = "Untimed passes before the timed one (default: ${DEFAULT-VALUE}).")
        int warmup = 1;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a directory: " + dir);
            }
            ExtractionBenchmark bench = ExtractionBenchmark.load(dir);
            PageExtractor extractor = new PageExtractor();
            for (int i = 0; i < warmup; i++) {
                bench.run(extractor);
            }
            ExtractionBenchmark.Result result = bench.run(extractor);
            ExtractionScore s = result.score();
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper mapper = new ObjectMapper();
            if (perPage != null) {
                try (var w = Files.newBufferedWriter(perPage, java.nio.charset.StandardCharsets.UTF_8)) {
                    for (ExtractionScore.PageScore p : s.perPage()) {
                        ObjectNode n = mapper.valueToTree(p);
                        n.put("body", result.bodies().get(p.id()));
                        w.write(mapper.writeValueAsString(n));
                        w.write('\n');
                    }
                }
            }
            if (json) {
                ObjectNode n = mapper.createObjectNode();
                n.put("benchmark", dir.toString());
                n.put("pages", s.pages());
                n.put("precision", s.precision());
                n.put("recall", s.recall());
                n.put("f1", s.f1());
                n.put("accuracy", s.accuracy());
                n.put("pooled_f1", s.pooledF1());
                n.put("pages_per_second", result.pagesPerSecond());
                n.put("mb_per_second", result.megabytesPerSecond());
                out.println(mapper.writeValueAsString(n));
            } else {
                out.println(String.format(Locale.ROOT, "%s: %d pages", dir, s.pages()));
                out.println(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f  (pooled F1 %.3f)",
                        s.precision(), s.recall(), s.f1(), s.accuracy(), s.pooledF1()));
                out.println(String.format(Locale.ROOT, "%.1f pages/s, %.2f MB/s on one thread", result.pagesPerSecond(),
                        result.megabytesPerSecond()));
            }
            out.flush();
            return BenchCli.OK;
        }
    }
}
