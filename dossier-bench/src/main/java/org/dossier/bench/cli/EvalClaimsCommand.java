package org.dossier.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.eval.ClaimsBenchmark;
import org.dossier.story.claims.RelationClassifier;
import org.dossier.story.claims.RelationModel;
import org.dossier.story.claims.SentenceRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval claims [CORPUS]}: the sentence-relation classifier on the labelled claims test set. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Scores the claims' sentence-relation classifier (same claim / contradicting / related / unrelated)"
                + " on the labelled pairs of the attribution corpus (dossier-bench's org/dossier/eval/claims/README.md):"
                + " precision and recall per label on the held-out part, with the model the product ships;"
                + " and five-fold cross-validation on the development part, fitting the model in each fold.",
                "--fit prints the model fitted on the whole development part (what RelationModel holds)."})
public final class EvalClaimsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "0..1",
            description = "The attribution corpus (holding train/text), default ${DEFAULT-VALUE}.")
    Path corpus = Path.of("../shared/bench/attribution-polnear");

    @Option(names = "--lexical", description = "Without embeddings: the model the product uses with --no-embeddings.")
    boolean lexical;

    @Option(names = "--fit", description = "Also print the model fitted on the development part.")
    boolean fit;

    @Option(names = "--errors", description = "List the held-out pairs the classifier gets wrong.")
    boolean errors;

    @Option(names = "--held-out", description = "Score the held-out part (once: its figures must not steer the model).")
    boolean heldOut;

    @Option(names = "--dump-dev", paramLabel = "FILE", description = "Write the development pairs' features and labels as TSV.")
    Path dumpDev;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RelationModel shipped = lexical ? RelationModel.LEXICAL : RelationModel.EMBEDDED;
        ClaimsBenchmark bench;
        if (lexical) {
            bench = ClaimsBenchmark.load(corpus, null);
        } else {
            try (MiniLmEmbedder embedder = new MiniLmEmbedder(1)) {
                bench = ClaimsBenchmark.load(corpus, embedder);
            }
        }
        long dev = bench.pairs().stream().filter(p -> !p.heldOut()).count();
        out.println(String.format(Locale.ROOT, "claims test set: %d pairs (%d dev, %d held out), %s", bench.pairs().size(), dev,
                bench.pairs().size() - dev, lexical ? "without embeddings" : "MiniLM cosines"));
        print(out, "dev, 5-fold cross-validation", bench.crossValidate(!lexical, shipped));
        if (fit) {
            RelationModel m = bench.fit(!lexical, shipped);
            out.println("fitted on dev: " + m);
            out.println("  weights " + Arrays.toString(m.weights()) + " bias " + m.bias());
        }
        out.println("shipped model: " + shipped);
        print(out, "dev, shipped model", bench.score(new RelationClassifier(shipped), false));
        if (dumpDev != null) {
            bench.dumpDev(dumpDev, !lexical);
        }
        if (!heldOut) {
            out.flush();
            return BenchCli.OK;
        }
        ClaimsBenchmark.Score held = bench.score(new RelationClassifier(shipped), true);
        print(out, "held out, shipped model", held);
        if (errors) {
            held.errors().forEach(e -> out.println("  " + e));
        }
        out.flush();
        return BenchCli.OK;
    }

    private static void print(PrintWriter out, String name, ClaimsBenchmark.Score s) {
        out.println(name + " (" + s.pairs() + " pairs):");
        for (SentenceRelation r : SentenceRelation.values()) {
            ClaimsBenchmark.LabelScore l = s.labels().get(r);
            out.println(String.format(Locale.ROOT, "  %-13s P %.3f R %.3f  (%d gold, %d predicted, %d right)", r.label(),
                    l.precision(), l.recall(), l.gold(), l.predicted(), l.correct()));
        }
    }
}
