package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.eval.ConllCorpus;
import org.dossier.eval.NerBenchmark;
import org.dossier.eval.NerErrors;
import org.dossier.eval.NerScore;
import org.dossier.model.AnalysedArticle;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.nlp.ner.CrfTagger;
import org.dossier.nlp.ner.MentionRules;
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
                        + " scored on its own; with --ablate as well, each mention rule is switched (off if the run has it,"
                        + " on if not) and the change in F1 is shown per fold, to keep a rule only where it wins on"
                        + " held-out folds of the training split."})
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The CoNLL file, or a directory holding eng.testa.")
    Path file;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write the analyzer's misses and false finds as TSV.")
    Path errors;

    @Option(names = "--no-crf", description = "Skip the CRF-alone run.")
    boolean noCrf;

    @Option(names = "--folds", paramLabel = "N", description = "Also score N folds of the documents (every N-th document) one by one.")
    int folds;

    @Option(names = "--ablate", description = "With --folds: for each mention rule, the change in F1 on each fold when it is switched"
            + " (off when the analysis runs it, on when not).")
    boolean ablate;

    @Option(names = "--rules", paramLabel = "LIST", description = "The mention rules the analyzer runs: 'default', 'none',"
            + " or rule names separated by commas (see MentionRules.Rule).")
    String ruleList = "default";

    @Option(names = "--crf-errors", paramLabel = "FILE", description = "Write the CRF-alone run's misses and false finds as TSV.")
    Path crfErrors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path path = Files.isDirectory(file) ? file.resolve("eng.testa") : file;
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such benchmark file: " + path);
        }
        ConllCorpus corpus = ConllCorpus.load(path);
        List<ConllCorpus.Doc> docs = corpus.docs();
        MentionRules rules = rules(ruleList);
        NlpAnalyzer nlp = NlpAnalyzer.load().withRules(rules);
        CrfTagger crf = new CrfTagger();
        // an untimed pass over a few documents, so the timed passes do not measure class loading and the JIT
        NerBenchmark.asNews(docs.subList(0, Math.min(20, docs.size())), a -> nlp.analyse(a).analysed());
        List<NerBenchmark.NewsDoc> articles = docs.stream().map(NerBenchmark::article).toList();
        List<NlpAnalyzer.Prepared> prepared = new ArrayList<>(articles.size());
        List<AnalysedArticle> analysed = new ArrayList<>(articles.size());
        long t0 = System.nanoTime();
        for (NerBenchmark.NewsDoc d : articles) {
            NlpAnalyzer.Prepared p = nlp.prepare(d.article());
            prepared.add(p);
            analysed.add(nlp.finish(p).analysed());
        }
        NerBenchmark.Result news = NerBenchmark.score(docs, articles, analysed, (System.nanoTime() - t0) / 1e9);
        NerBenchmark.Result alone = noCrf ? null : NerBenchmark.crfOnGoldTokens(docs, crf);
        if (errors != null) {
            NerErrors.write(errors, corpus.docs(), news.predictions());
        }
        if (crfErrors != null && alone != null) {
            NerErrors.write(crfErrors, corpus.docs(), alone.predictions());
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
            out.println("mention rules: " + rules.rules());
            print(out, "analyzer as used on news", news);
            if (!news.problems().isEmpty()) {
                out.println("  documents with problems: " + news.problems());
            }
            if (alone != null) {
                print(out, "CRF alone on gold tokens", alone);
            }
        }
        if (folds > 1) {
            folds(out, docs, news, alone);
        }
        if (folds > 1 && ablate) {
            ablate(out, docs, articles, prepared, nlp, rules, news);
        }
        out.flush();
        return BenchCli.OK;
    }

    /** Overall and per-type F1 of each fold. */
    private void folds(PrintWriter out, List<ConllCorpus.Doc> docs, NerBenchmark.Result news, NerBenchmark.Result alone) {
        out.println(String.format(Locale.ROOT, "F1 per fold (%d folds, document i in fold i mod %d):", folds, folds));
        for (int f = 0; f < folds; f++) {
            int fold = f;
            NerScore a = NerBenchmark.subset(docs, news, i -> docs.get(i).index() % folds == fold);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  fold %d  news: %s", f, f1s(a)));
            if (alone != null) {
                line.append("   CRF alone: ").append(f1s(NerBenchmark.subset(docs, alone, i -> docs.get(i).index() % folds == fold)));
            }
            out.println(line);
        }
    }

    private static MentionRules rules(String list) {
        if (list.equals("default")) {
            return MentionRules.DEFAULT;
        }
        Set<MentionRules.Rule> chosen = EnumSet.noneOf(MentionRules.Rule.class);
        if (!list.equals("none")) {
            for (String name : list.split(",")) {
                chosen.add(MentionRules.Rule.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return new MentionRules(chosen);
    }

    private static String f1s(NerScore s) {
        StringBuilder sb = new StringBuilder();
        for (String type : NerScore.TYPES) {
            sb.append(String.format(Locale.ROOT, "%s %.2f ", type, s.of(type).f1()));
        }
        return sb.append(String.format(Locale.ROOT, "all %.2f", s.overall().f1())).toString();
    }

    /** For each rule, the change in overall F1 on each fold when it is switched. */
    private void ablate(PrintWriter out, List<ConllCorpus.Doc> docs, List<NerBenchmark.NewsDoc> articles,
                        List<NlpAnalyzer.Prepared> prepared, NlpAnalyzer nlp, MentionRules run, NerBenchmark.Result base) {
        out.println("rule switched: change in overall F1 per fold (+ = the switch helps), then pooled");
        for (MentionRules.Rule rule : MentionRules.Rule.values()) {
            boolean running = run.rules().contains(rule);
            NlpAnalyzer other = nlp.withRules(running ? run.without(rule) : run.with(rule));
            List<AnalysedArticle> analysed = prepared.stream().map(p -> other.finish(p).analysed()).toList();
            NerBenchmark.Result r = NerBenchmark.score(docs, articles, analysed, 0);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s %-4s", rule, running ? "off" : "on"));
            int wins = 0;
            for (int f = 0; f < folds; f++) {
                int fold = f;
                double d = NerBenchmark.subset(docs, r, i -> docs.get(i).index() % folds == fold).overall().f1()
                        - NerBenchmark.subset(docs, base, i -> docs.get(i).index() % folds == fold).overall().f1();
                wins += d > 0 ? 1 : 0;
                line.append(String.format(Locale.ROOT, " %+.3f", d));
            }
            line.append(String.format(Locale.ROOT, "   pooled %+.3f  (helps on %d of %d folds)",
                    r.score().overall().f1() - base.score().overall().f1(), wins, folds));
            out.println(line);
        }
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
        List<String> all = new ArrayList<>(NerScore.TYPES);
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
