package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.AttributionBenchmark;
import org.dossier.eval.AttributionCorpus;
import org.dossier.eval.AttributionCrossValidation;
import org.dossier.eval.AttributionScore;
import org.dossier.nlp.TextTagger;
import org.dossier.quote.QuoteExtractor;
import org.dossier.quote.attribution.Gate;
import org.dossier.quote.learn.LogisticRegression;
import org.dossier.eval.AttributionGateTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval attribution DIR}: quote and attribution scores on a PolNeAR-layout benchmark. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Scores quotes and reported speech on a benchmark in the PolNeAR layout (text/*.txt beside"
                + " attributions/*.ann): content precision, recall and F1 (a predicted content that covers at least"
                + " half of a gold content's characters finds it, one to one), and source accuracy among found"
                + " contents; overall, for direct quotes (gold content opening with a quotation mark) and the rest.",
                "Articles annotated twice are scored against the annotator whose id sorts first.",
                "With --folds K, DIR is a training split: its articles are dealt into K folds (seeded) and each"
                        + " fold is scored by the stage fitted on the other folds; per fold and pooled. With --dev, the"
                        + " stage fitted on all of DIR then scores that split, once, at the end."})
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

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate on DIR's articles with K folds (K >= 2) instead of scoring DIR once.")
    int folds;

    @Option(names = "--seed", paramLabel = "N", description = "The seed that deals the articles into folds (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULT_SEED;

    @Option(names = "--dev", paramLabel = "DIR",
            description = "With --folds: after the folds, score this split once with the stage fitted on all of DIR.")
    Path dev;

    @Option(names = "--gate", paramLabel = "P",
            description = "With --folds: a learned gate fitted on the training folds keeps reported-speech candidates of"
                    + " probability P or more (nested ones included) instead of the rules' choice.")
    Double gate;

    @Option(names = "--epochs", paramLabel = "N", description = "The gate's training passes (default: the shipped fit's).")
    Integer epochs;

    @Option(names = "--l2", paramLabel = "X", description = "The gate's L2 penalty (default: the shipped fit's).")
    Double l2;

    @Option(names = "--write-gate", paramLabel = "FILE",
            description = "With --gate: write the gate fitted on all of DIR to FILE (the stage's resource is"
                    + " dossier-quote/src/main/resources" + Gate.RESOURCE + ").")
    Path writeGate;

    /** The folds' seed unless told otherwise: the number, so that every run deals the same folds. */
    static final long DEFAULT_SEED = 16;

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
        if (folds > 0) {
            return crossValidate(corpus, tagger, out);
        }
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

    /** K folds over DIR's articles, then dev once: the protocol that keeps dev out of every choice. */
    private Integer crossValidate(AttributionCorpus corpus, TextTagger tagger, PrintWriter out) throws Exception {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds needs at least 2 folds, got " + folds);
        }
        if (dev != null && !Files.isDirectory(dev)) {
            throw new IllegalArgumentException("not a directory: " + dev);
        }
        List<AttributionBenchmark.Tagged> train = AttributionBenchmark.tag(corpus, tagger);
        AttributionCrossValidation.Result cv = AttributionCrossValidation.run(train, folds, seed, this::fit);
        if (writeGate != null) {
            if (gate == null) {
                throw new IllegalArgumentException("--write-gate needs --gate P");
            }
            Gate fitted = fitGate(train);
            try (java.io.Writer w = Files.newBufferedWriter(writeGate, java.nio.charset.StandardCharsets.UTF_8)) {
                fitted.model().write(w, List.of("The quote stage's gate over reported-speech candidates (org.dossier.quote.attribution.Gate).",
                        "Trained on " + dir.getFileName() + " (" + train.size() + " articles) by: dossier eval attribution DIR --folds "
                                + folds + " --gate " + gate + " --write-gate FILE; see docs/ATTRIBUTION.md.",
                        fitted.thresholdComment()));
            }
        }
        AttributionBenchmark.Result held = null;
        if (dev != null) {
            List<AttributionBenchmark.Tagged> devDocs = AttributionBenchmark.tag(AttributionCorpus.load(dev), tagger);
            held = AttributionBenchmark.score(devDocs, fit(train), null);
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("benchmark", dir.toString());
            n.put("articles", train.size());
            n.put("folds", cv.k());
            n.put("seed", cv.seed());
            var arr = n.putArray("per_fold");
            for (AttributionCrossValidation.Fold f : cv.folds()) {
                ObjectNode o = arr.addObject();
                o.put("fold", f.index());
                o.put("articles", f.articles());
                put(o, f.all());
            }
            put(n.putObject("pooled"), cv.pooled());
            n.put("mean_f1", cv.meanF1());
            n.put("sd_f1", cv.sdF1());
            if (held != null) {
                ObjectNode d = n.putObject("dev");
                d.put("benchmark", dev.toString());
                d.put("articles", held.articles());
                put(d.putObject("all"), held.all());
                put(d.putObject("direct"), held.direct());
                put(d.putObject("other"), held.other());
            }
            out.println(mapper.writeValueAsString(n));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %d articles, %d folds (seed %d)", dir, train.size(), cv.k(), cv.seed()));
            for (AttributionCrossValidation.Fold f : cv.folds()) {
                line(out, String.format(Locale.ROOT, "fold %d", f.index()), f.all());
            }
            line(out, "pooled", cv.pooled());
            out.println(String.format(Locale.ROOT, "folds' content F1 %.3f ± %.3f (mean ± sd)", cv.meanF1(), cv.sdF1()));
            if (held != null) {
                out.println(String.format(Locale.ROOT, "%s: %d articles, scored once by the stage fitted on all of %s", dev,
                        held.articles(), dir));
                line(out, "all", held.all());
                line(out, "direct", held.direct());
                line(out, "other", held.other());
            }
        }
        out.flush();
        return BenchCli.OK;
    }

    /** The quote stage fitted on {@code docs}: the rules need no fitting; a gate is trained on them. */
    private QuoteExtractor fit(List<AttributionBenchmark.Tagged> docs) {
        return gate == null ? new QuoteExtractor(null) : new QuoteExtractor(fitGate(docs));
    }

    private Gate fitGate(List<AttributionBenchmark.Tagged> docs) {
        LogisticRegression.Options o = AttributionGateTraining.OPTIONS;
        o = new LogisticRegression.Options(epochs == null ? o.epochs() : epochs, o.rate(), l2 == null ? o.l2() : l2,
                o.minCount(), o.prune(), o.seed());
        return AttributionGateTraining.fit(docs, o, gate);
    }

    private static void line(PrintWriter out, String name, AttributionScore s) {
        out.println(String.format(Locale.ROOT,
                "%-8s content P %.3f R %.3f F1 %.3f (%d predicted, %d gold, %d found)  source accuracy %.3f (%d/%d)",
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
