package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.quote.attribution.Attributor;
import org.dossier.quote.attribution.Gate;
import org.dossier.quote.learn.Example;
import org.dossier.quote.learn.LogisticRegression;

/**
 * Trains the quote stage's {@link Gate} on a benchmark split: every reported-speech candidate the
 * rules make is an example, positive when it finds a gold content under the benchmark's own one-to-one
 * matching with all candidates kept (so a candidate that only overlaps a statement another candidate
 * finds better is a negative).
 */
public final class AttributionGateTraining {
    /** The fit used unless told otherwise; chosen by five-fold cross-validation on PolNeAR's train split. */
    public static final LogisticRegression.Options OPTIONS = new LogisticRegression.Options(8, 0.1, 1e-4, 3, 1e-3, 16);

    private AttributionGateTraining() {
    }

    /** The labelled candidates of {@code docs}. */
    public static List<Example> examples(List<AttributionBenchmark.Tagged> docs) {
        List<Example> out = new ArrayList<>();
        for (AttributionBenchmark.Tagged t : docs) {
            List<Attributor.Gated> gated = Attributor.candidates(t.text());
            List<Quote> quotes = gated.stream().map(Attributor.Gated::quote).toList();
            AttributionScorer.Result r = AttributionScorer.score(t.doc().text(), quotes, t.doc().gold());
            boolean[] found = new boolean[quotes.size()];
            for (int p : r.goldFoundBy()) {
                if (p >= 0) {
                    found[p] = true;
                }
            }
            for (int p = 0; p < gated.size(); p++) {
                if (!gated.get(p).features().isEmpty()) {
                    out.add(new Example(gated.get(p).features(), found[p]));
                }
            }
        }
        return out;
    }

    /** The gate fitted on {@code docs} with {@code options}, keeping candidates from {@code threshold}. */
    public static Gate fit(List<AttributionBenchmark.Tagged> docs, LogisticRegression.Options options, double threshold) {
        return new Gate(LogisticRegression.fit(examples(docs), options), threshold);
    }
}
