import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.pipeline.Stages;

/**
 * Per-article CPU time of the per-article analysis (NLP, then quotes), on one thread: the files of a
 * directory, read and extracted as {@code dossier analyze} reads them. One warm-up pass, then three timed
 * passes timing, per article, the thread's CPU for the whole analysis (Stages.analyzer(): NLP + quotes) and
 * for the NLP stage alone; the quote stage is the difference. Uses only what every revision since the
 * pipeline module has, so the same file measures a change before and after: see run.sh.
 */
public final class AnalysisCpu {
    /** Timed passes; each article's figure is its least, which other processes' load inflates least. */
    private static final int PASSES = 3;

    public static void main(String[] args) throws Exception {
        List<Article> articles = read(Path.of(args[0]));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Stages stages = Stages.load(new Stages.Options(true, false, 1))) {
            ArticleAnalyzer whole = stages.analyzer();
            NlpAnalyzer nlp = NlpAnalyzer.load();
            for (Article a : articles) { // warm-up
                whole.analyse(a);
                nlp.analyse(a);
            }
            long[] all = new long[articles.size()];
            long[] nlpOnly = new long[articles.size()];
            Arrays.fill(all, Long.MAX_VALUE);
            Arrays.fill(nlpOnly, Long.MAX_VALUE);
            for (int pass = 0; pass < PASSES; pass++) {
                long passAll = 0;
                long passNlp = 0;
                for (int i = 0; i < articles.size(); i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    whole.analyse(articles.get(i));
                    long t1 = cpu.getCurrentThreadCpuTime();
                    var unused = nlp.analyse(articles.get(i));
                    long t2 = cpu.getCurrentThreadCpuTime();
                    all[i] = Math.min(all[i], t1 - t0);
                    nlpOnly[i] = Math.min(nlpOnly[i], t2 - t1);
                    passAll += t1 - t0;
                    passNlp += t2 - t1;
                }
                System.out.printf(Locale.ROOT, "pass %d: NLP + quotes %.2f s, NLP alone %.2f s%n", pass + 1, passAll / 1e9, passNlp / 1e9);
            }
            long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
            System.out.printf(Locale.ROOT, "%d articles, %d characters, one thread, CPU per article (ms, the least of %d passes):%n",
                    articles.size(), chars, PASSES);
            line("NLP + quotes", all);
            line("NLP alone", nlpOnly);
            long[] quotes = new long[all.length];
            for (int i = 0; i < all.length; i++) {
                quotes[i] = all[i] - nlpOnly[i];
            }
            System.out.printf(Locale.ROOT, "%-13s mean %6.1f  (NLP + quotes minus NLP alone)%n", "quotes", mean(quotes));
        }
    }

    private static void line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-13s mean %6.1f  median %6.1f  p90 %6.1f  total %6.2f s%n", what, mean(nanos),
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, Arrays.stream(nanos).sum() / 1e9);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    /** The articles of the files in {@code dir}, read and extracted as {@code dossier analyze} does. */
    private static List<Article> read(Path dir) throws Exception {
        List<Article> out = new ArrayList<>();
        PageReader reader = new PageReader(new Limits(64L << 20));
        PageExtractor extractor = new PageExtractor();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                reader.read(InputFile.of(f)).forEach(r -> {
                    if (r instanceof ReadResult.Page page && extractor.extract(page.page()) instanceof Extraction.Found found) {
                        out.add(found.article());
                    }
                });
            }
        }
        return out;
    }
}
