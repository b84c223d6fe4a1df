package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.AttributionBenchmark;
import org.dossier.eval.AttributionCorpus;
import org.dossier.eval.AttributionScore;
import org.dossier.nlp.TextTagger;
import org.dossier.quote.QuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval attribution DIR}: quote and attribution scores on a PolNeAR-layout benchmark. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Scores quotes and reported speech on a benchmark in the PolNeAR layout (text/*.txt beside"
                + " attributions/*.ann): content precision, recall and F1 (a predicted content that covers at least"
                + " half of a gold content's characters finds it, one to one), and source accuracy among found"
                + " contents; overall, for direct quotes (gold content opening with a quotation mark) and the rest.",
                "Articles annotated twice are scored against the annotator whose id sorts first."})
public final class EvalAttributionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The benchmark split, e.g. ../shared/bench/attribution-polnear/dev.")
    Path dir;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write missed, wrongly attributed and false contents as TSV.")
    Path errors;

    @Option(names = "--threads", paramLabel = "N",
            description = "Also time tagging and the quote stage on N threads (after a warm-up pass) and report articles/s and peak heap.")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        AttributionCorpus corpus = AttributionCorpus.load(dir);
        PrintWriter out = spec.commandLine().getOut();
        TextTagger tagger = new TextTagger();
        QuoteExtractor extractor = new QuoteExtractor();
        AttributionBenchmark.Result r = AttributionBenchmark.run(corpus, tagger, extractor, errors);
        AttributionBenchmark.Speed speed = threads > 0 ? AttributionBenchmark.speed(corpus, tagger, extractor, threads) : null;
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("benchmark", dir.toString());
            n.put("articles", r.articles());
            put(n.putObject("all"), r.all());
            put(n.putObject("direct"), r.direct());
            put(n.putObject("other"), r.other());
            n.put("articles_per_second", r.articlesPerSecond());
            if (speed != null) {
                ObjectNode sp = n.putObject("speed");
                sp.put("threads", speed.threads());
                sp.put("articles_per_second", speed.articlesPerSecond());
                sp.put("peak_heap_bytes", speed.peakHeapBytes());
            }
            out.println(mapper.writeValueAsString(n));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %d articles, %.1f articles/s on one thread", dir, r.articles(),
                    r.articlesPerSecond()));
            line(out, "all", r.all());
            line(out, "direct", r.direct());
            line(out, "other", r.other());
            if (speed != null) {
                out.println(String.format(Locale.ROOT, "speed: %.1f articles/s on %d threads, peak heap %d MB", speed.articlesPerSecond(),
                        speed.threads(), speed.peakHeapBytes() >> 20));
            }
        }
        out.flush();
        return BenchCli.OK;
    }

    private static void line(PrintWriter out, String name, AttributionScore s) {
        out.println(String.format(Locale.ROOT,
                "%-7s content P %.3f R %.3f F1 %.3f (%d predicted, %d gold, %d found)  source accuracy %.3f (%d/%d)",
                name, s.precision(), s.recall(), s.f1(), s.predicted(), s.gold(), s.foundGold(), s.sourceAccuracy(),
                s.sourceRight(), s.sourced()));
    }

    private static void put(ObjectNode n, AttributionScore s) {
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
        n.put("predicted", s.predicted());
        n.put("gold", s.gold());
        n.put("found", s.foundGold());
        n.put("source_accuracy", s.sourceAccuracy());
        n.put("sourced", s.sourced());
        n.put("source_right", s.sourceRight());
    }
}
