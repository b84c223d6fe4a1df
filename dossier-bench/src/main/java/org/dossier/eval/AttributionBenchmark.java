package org.dossier.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Quote;
import org.dossier.model.TaggedText;
import org.dossier.nlp.TextTagger;
import org.dossier.quote.QuoteExtractor;

/**
 * Runs the quote stage over an {@link AttributionCorpus} and scores it with {@link AttributionScorer}:
 * pooled counts over all articles, for all contents, direct quotes and the rest; and articles per second.
 * Each raw text is tagged as the NLP stage tags an article (its offsets kept), then read by the quote
 * stage; the time counts both, what the quote stage needs of an article.
 */
public final class AttributionBenchmark {

    /** The pooled scores and the timing. */
    public record Result(int articles, AttributionScore all, AttributionScore direct, AttributionScore other,
                         double articlesPerSecond) {
    }

    /** Throughput of the quote stage alone over the corpus with {@code threads} threads, after one warm-up pass. */
    public record Speed(int threads, int articles, double articlesPerSecond, long peakHeapBytes) {
    }

    public static Speed speed(AttributionCorpus corpus, TextTagger tagger, QuoteExtractor extractor, int threads)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long nanos = 0;
            for (int pass = 0; pass < 2; pass++) {
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
                for (AttributionCorpus.Doc doc : corpus.docs()) {
                    jobs.add(pool.submit(() -> extractor.extract(tagger.tag(doc.text()), List.of())));
                }
                for (java.util.concurrent.Future<?> f : jobs) {
                    f.get();
                }
                nanos = System.nanoTime() - t0;
            }
            long peak = 0;
            for (java.lang.management.MemoryPoolMXBean m : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (m.getType() == java.lang.management.MemoryType.HEAP) {
                    peak += m.getPeakUsage().getUsed();
                }
            }
            return new Speed(threads, corpus.docs().size(), corpus.docs().size() / (nanos / 1e9), peak);
        } finally {
            pool.shutdownNow();
        }
    }

    private AttributionBenchmark() {
    }

    /** One article of a benchmark with its text tagged as the NLP stage tags an article. */
    public record Tagged(AttributionCorpus.Doc doc, TaggedText text) {
    }

    /** Every article of {@code corpus} tagged once, in the corpus's order: cross-validation scores them many times. */
    public static List<Tagged> tag(AttributionCorpus corpus, TextTagger tagger) {
        return corpus.docs().stream().map(d -> new Tagged(d, tagger.tag(d.text()))).toList();
    }

    /** Scores {@code extractor} on {@code corpus}; with {@code errors}, writes misses and false finds there. */
    public static Result run(AttributionCorpus corpus, TextTagger tagger, QuoteExtractor extractor, Path errors)
            throws IOException {
        Scoring scoring = new Scoring(errors != null);
        long nanos = 0;
        for (AttributionCorpus.Doc doc : corpus.docs()) {
            long t0 = System.nanoTime();
            List<Quote> quotes = extractor.extract(tagger.tag(doc.text()), List.of());
            nanos += System.nanoTime() - t0;
            scoring.add(doc, quotes);
        }
        scoring.write(errors);
        double seconds = nanos / 1e9;
        return scoring.result(seconds == 0 ? 0 : corpus.docs().size() / seconds);
    }

    /**
     * Scores {@code extractor} on articles tagged beforehand; articles per second counts the quote
     * stage alone. With {@code errors}, writes misses and false finds there.
     */
    public static Result score(List<Tagged> docs, QuoteExtractor extractor, Path errors) throws IOException {
        Scoring scoring = new Scoring(errors != null);
        long nanos = 0;
        for (Tagged t : docs) {
            long t0 = System.nanoTime();
            List<Quote> quotes = extractor.extract(t.text(), List.of());
            nanos += System.nanoTime() - t0;
            scoring.add(t.doc(), quotes);
        }
        scoring.write(errors);
        double seconds = nanos / 1e9;
        return scoring.result(seconds == 0 ? 0 : docs.size() / seconds);
    }

    /** Pooled counts over articles, and the error report when asked for. */
    private static final class Scoring {
        private final boolean report;
        private final List<String> lines = new ArrayList<>();
        private AttributionScore all = AttributionScore.zero();
        private AttributionScore direct = AttributionScore.zero();
        private AttributionScore other = AttributionScore.zero();
        private int articles;

        Scoring(boolean report) {
            this.report = report;
        }

        void add(AttributionCorpus.Doc doc, List<Quote> quotes) {
            AttributionScorer.Result r = AttributionScorer.score(doc.text(), quotes, doc.gold());
            all = all.plus(r.all());
            direct = direct.plus(r.direct());
            other = other.plus(r.other());
            articles++;
            if (report) {
                describe(doc, quotes, r, lines);
            }
        }

        void write(Path errors) throws IOException {
            if (errors == null) {
                return;
            }
            try (Writer w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }

        Result result(double articlesPerSecond) {
            return new Result(articles, all, direct, other, articlesPerSecond);
        }
    }

    private static void describe(AttributionCorpus.Doc doc, List<Quote> quotes, AttributionScorer.Result r, List<String> out) {
        String text = doc.text();
        boolean[] used = new boolean[quotes.size()];
        for (int g = 0; g < doc.gold().size(); g++) {
            GoldAttribution ga = doc.gold().get(g);
            int p = r.goldFoundBy()[g];
            String gold = ga.content().getFirst().of(text);
            String src = ga.source().map(s -> s.of(text)).orElse("-");
            if (p < 0) {
                out.add(String.format(Locale.ROOT, "MISS\t%s\t%s\t%s\t%s\t%d\t%d", doc.name(), ga.direct() ? "D" : "I", src, flat(gold),
                        ga.content().getFirst().start(), ga.content().getLast().end()));
            } else {
                used[p] = true;
                Quote q = quotes.get(p);
                boolean right = AttributionScorer.sourceRight(text, q, ga);
                if (ga.source().isPresent() && !right) {
                    out.add(String.format(Locale.ROOT, "SRC\t%s\t%s\tgold=%s\tpred=%s\t%s", doc.name(), ga.direct() ? "D" : "I",
                            src, q.speaker().map(s -> s.mention().of(text) + "=" + s.name()).orElse("-"), flat(gold)));
                }
            }
        }
        for (int p = 0; p < quotes.size(); p++) {
            Quote q = quotes.get(p);
            out.add(String.format(Locale.ROOT, (used[p] ? "HIT" : "FALSE") + "\t%s\t%s\t%s\t%s\t%d\t%d", doc.name(), q.kind().label(),
                    q.speaker().map(s -> flat(s.name())).orElse("-"), flat(q.content().of(text)), q.content().start(), q.content().end())
                    + "\t" + q.cue().map(c -> c.of(text)).orElse("-"));
        }
    }

    private static String flat(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
