package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.ConllCorpus;
import org.dossier.eval.NerBenchmark;
import org.dossier.eval.NerErrors;
import org.dossier.eval.NerScore;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.nlp.ner.CrfTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval ner FILE}: names on a CoNLL-2003-layout benchmark, as on news and the CRF alone. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Scores named entities on a benchmark in the CoNLL-2003 layout (e.g."
                + " ../shared/bench/ner-conll2003/eng.testa; a directory means its eng.testa): conlleval's exact-match"
                + " precision, recall and F1 per type and overall, and tokens/s on one thread, for",
                " - the analyzer as used on news: one article per document, its sentences as paragraphs, through the"
                        + " NLP stage (Dossier's tokenizer, sentence splitter, language check, CRF and rules), each"
                        + " mention widened to the benchmark tokens it touches;",
                " - the CRF alone on the benchmark's own tokens and sentences.",
                "Types: PERSON = PER, ORGANIZATION = ORG, PLACE = LOC, MISC = MISC (as the CRF gives it).",
                "With --folds N, the documents are also split into N folds (every N-th document) and each fold is"
                        + " scored on its own, the analyzer's learned decisions fitted on the other folds."})
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The CoNLL file, or a directory holding eng.testa.")
    Path file;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write the analyzer's misses and false finds as TSV.")
    Path errors;

    @Option(names = "--no-crf", description = "Skip the CRF-alone run.")
    boolean noCrf;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path path = Files.isDirectory(file) ? file.resolve("eng.testa") : file;
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such benchmark file: " + path);
        }
        ConllCorpus corpus = ConllCorpus.load(path);
        NlpAnalyzer nlp = NlpAnalyzer.load();
        CrfTagger crf = new CrfTagger();
        // an untimed pass over a few documents, so the timed passes do not measure class loading and the JIT
        List<ConllCorpus.Doc> warm = corpus.docs().subList(0, Math.min(20, corpus.docs().size()));
        NerBenchmark.asNews(warm, a -> nlp.analyse(a).analysed());
        NerBenchmark.Result news = NerBenchmark.asNews(corpus.docs(), a -> nlp.analyse(a).analysed());
        NerBenchmark.Result alone = noCrf ? null : NerBenchmark.crfOnGoldTokens(corpus.docs(), crf);
        if (errors != null) {
            NerErrors.write(errors, corpus.docs(), news.predictions());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("benchmark", path.toString());
            n.put("documents", corpus.docs().size());
            n.put("tokens", corpus.tokens());
            put(n.putObject("news"), news);
            if (alone != null) {
                put(n.putObject("crf_gold_tokens"), alone);
            }
            out.println(mapper.writeValueAsString(n));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %d documents, %d tokens", path, corpus.docs().size(), corpus.tokens()));
            print(out, "analyzer as used on news", news);
            if (!news.problems().isEmpty()) {
                out.println("  documents with problems: " + news.problems());
            }
            if (alone != null) {
                print(out, "CRF alone on gold tokens", alone);
            }
        }
        out.flush();
        return BenchCli.OK;
    }

    private static void print(PrintWriter out, String name, NerBenchmark.Result r) {
        out.println(String.format(Locale.ROOT, "%s (%.0f tokens/s):", name, r.tokensPerSecond()));
        for (String type : types(r.score())) {
            NerScore.Counts c = type.equals("overall") ? r.score().overall() : r.score().of(type);
            out.println(String.format(Locale.ROOT, "  %-8s P %6.2f  R %6.2f  F1 %6.2f  (gold %d, found %d, right %d)", type,
                    c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.correct()));
        }
    }

    private static List<String> types(NerScore s) {
        List<String> all = new java.util.ArrayList<>(NerScore.TYPES);
        s.perType().keySet().stream().filter(t -> !all.contains(t)).sorted().forEach(all::add);
        all.add("overall");
        return all;
    }

    private static void put(ObjectNode n, NerBenchmark.Result r) {
        n.put("tokens_per_second", r.tokensPerSecond());
        for (String type : types(r.score())) {
            NerScore.Counts c = type.equals("overall") ? r.score().overall() : r.score().of(type);
            ObjectNode t = n.putObject(type);
            t.put("precision", c.precision());
            t.put("recall", c.recall());
            t.put("f1", c.f1());
            t.put("gold", c.gold());
            t.put("predicted", c.predicted());
            t.put("correct", c.correct());
        }
        if (!r.problems().isEmpty()) {
            ObjectNode p = n.putObject("problems");
            r.problems().forEach(p::put);
        }
    }
}
