package org.dossier.nlp.bench;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.nlp.NlpLimits;
import org.dossier.nlp.lang.LinguaIdentifier;
import org.dossier.nlp.ner.CrfTagger;
import org.dossier.nlp.token.PosTagger;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;

/**
 * Measures the NLP stage: model load times, tokens/s on one thread (tokenizer, tagger, CRF alone, the
 * whole analysis), articles/s on two threads, and heap. Text files in the given directory are the
 * articles (paragraphs at blank lines). Usage: {@code scripts/bench-nlp.sh [DIR] [ROUNDS]}.
 */
public final class NlpBench {
    private NlpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Article> articles = read(dir);
        long t0 = System.nanoTime();
        LinguaIdentifier lingua = new LinguaIdentifier();
        double linguaLoad = seconds(t0);
        long heapLingua = usedAfterGc();
        t0 = System.nanoTime();
        CrfTagger crf = new CrfTagger();
        double crfLoad = seconds(t0);
        t0 = System.nanoTime();
        PosTagger pos = new PosTagger();
        double posLoad = seconds(t0);
        long heapModels = usedAfterGc();
        NlpAnalyzer nlp = new NlpAnalyzer(lingua, pos, crf, NlpLimits.DEFAULT);
        Segmenter segmenter = new Segmenter(NlpLimits.DEFAULT.maxSentenceTokens(), NlpLimits.DEFAULT.maxTokens());
        List<Segmentation> segs = articles.stream().map(segmenter::segment).toList();
        long tokens = segs.stream().mapToLong(s -> s.tokens().size()).sum();
        for (int i = 0; i < 3; i++) {
            articles.forEach(nlp::analyse);
        }
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            articles.forEach(segmenter::segment);
        }
        double segmentRate = tokens * rounds / seconds(t0);
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            segs.forEach(crf::label);
        }
        double crfRate = tokens * rounds / seconds(t0);
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            segs.forEach(pos::tag);
        }
        double posRate = tokens * rounds / seconds(t0);
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            articles.forEach(nlp::analyse);
        }
        double oneThread = seconds(t0);
        double allRate = tokens * rounds / oneThread;
        double articlesOne = articles.size() * rounds / oneThread;
        t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int r = 0; r < rounds * 2; r++) {
                for (Article a : articles) {
                    fs.add(pool.submit(() -> nlp.analyse(a)));
                }
            }
            for (Future<?> f : fs) {
                f.get();
            }
        }
        double articlesTwo = articles.size() * rounds * 2 / seconds(t0);
        System.out.printf(Locale.ROOT, "articles %d, tokens %d, rounds %d%n", articles.size(), tokens, rounds);
        System.out.printf(Locale.ROOT, "load: lingua (low accuracy, preloaded) %.1f s, CRF %.1f s, POS %.1f s%n", linguaLoad,
                crfLoad, posLoad);
        System.out.printf(Locale.ROOT, "heap after load: lingua %d MB, lingua + CRF + POS %d MB%n", heapLingua >> 20,
                heapModels >> 20);
        System.out.printf(Locale.ROOT, "one thread: tokenizer+splitter %.0f tok/s, POS+lemma %.0f tok/s, CRF %.0f tok/s,"
                + " whole analysis %.0f tok/s = %.1f articles/s%n", segmentRate, posRate, crfRate, allRate, articlesOne);
        System.out.printf(Locale.ROOT, "two threads: %.1f articles/s%n", articlesTwo);
        System.out.printf(Locale.ROOT, "peak heap: %d MB%n", peakHeap() >> 20);
        rejectedLingua(articles);
    }

    /** Lingua in its default high-accuracy mode, for comparison. */
    private static void rejectedLingua(List<Article> articles) {
        long t0 = System.nanoTime();
        LanguageDetector high = LanguageDetectorBuilder.fromAllSpokenLanguages().withPreloadedLanguageModels().build();
        double load = seconds(t0);
        long heap = usedAfterGc();
        LinguaIdentifier low = new LinguaIdentifier();
        int n = 0;
        t0 = System.nanoTime();
        for (int r = 0; r < 5; r++) {
            for (Article a : articles) {
                high.detectLanguageOf(a.body().substring(0, Math.min(2000, a.body().length())));
                n++;
            }
        }
        double highRate = n / seconds(t0);
        t0 = System.nanoTime();
        for (int r = 0; r < 5; r++) {
            articles.forEach(a -> low.identify(a.body()));
        }
        double lowRate = n / seconds(t0);
        System.out.printf(Locale.ROOT, "lingua high accuracy: load %.1f s, heap with all models %d MB, %.0f articles/s"
                + " (low accuracy: %.0f articles/s)%n", load, heap >> 20, highRate, lowRate);
        System.out.printf(Locale.ROOT, "peak heap incl. high-accuracy Lingua: %d MB%n", peakHeap() >> 20);
    }

    private static List<Article> read(Path dir) throws Exception {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<Paragraph> ps = new ArrayList<>();
                for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    String s = p.strip().replaceAll("\\s*\\n\\s*", " ");
                    if (!s.isBlank()) {
                        ps.add(new Paragraph(s));
                    }
                }
                ArticleMetadata m = ArticleMetadata.EMPTY.withPublished(Optional.of(Timestamp.parse("2024-04-19")));
                out.add(Article.of(String.format("%016x", out.size()), f.toString(), m, ps, List.of()));
            }
        }
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
