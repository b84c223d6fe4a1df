import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * How often LinguaIdentifier's English margin gets the language of little running text wrong, for a grid
 * of margins: English documents (CoNLL-2003 train, many of them results tables) read as another language,
 * against non-English pages (the Zyte benchmark's article bodies whose whole text is not English) cut to
 * their first N running words and read as English. Per fold (document i in fold i mod 5) and pooled.
 * Run by scripts/language-margin/run.sh; see docs/NER.md.
 */
public class LanguageMargin {
    static final int[] CUTS = {5, 8, 12, 20, 30, 50};
    static final double[] MARGINS = {1.0, 0.97, 0.95, 0.92, 0.9, 0.85, 0.8};

    record Case(boolean english, int fold, int words, double englishShare) {
    }

    public static void main(String[] args) throws Exception {
        LanguageDetector d = LanguageDetectorBuilder.fromAllSpokenLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build();
        Class<?> ps = Class.forName("org.dossier.nlp.lang.ProseSample");
        Method of = ps.getDeclaredMethod("of", String.class, int.class);
        of.setAccessible(true);
        Method text = ps.getDeclaredMethod("text");
        text.setAccessible(true);
        List<Case> cases = new ArrayList<>();
        List<String> docs = conll(Path.of(args[0]));
        for (int i = 0; i < docs.size(); i++) {
            String prose = (String) text.invoke(of.invoke(null, docs.get(i), 800));
            String[] w = prose.isEmpty() ? new String[0] : prose.split(" ");
            cases.add(new Case(true, i % 5, w.length, share(d, prose)));
        }
        JsonNode truth = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        int page = 0;
        int foreign = 0;
        for (var it = truth.fields(); it.hasNext(); page++) {
            String body = it.next().getValue().path("articleBody").asText("");
            Language whole = d.detectLanguageOf(body);
            if (body.length() < 400 || whole == Language.ENGLISH || whole == Language.UNKNOWN) {
                continue;
            }
            foreign++;
            String prose = (String) text.invoke(of.invoke(null, body, 800));
            String[] w = prose.split(" ");
            for (int cut : CUTS) {
                if (w.length >= cut) {
                    cases.add(new Case(false, page % 5, cut, share(d, String.join(" ", java.util.Arrays.copyOf(w, cut)))));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d English documents, %d non-English pages (cut to %s running words)%n", docs.size(), foreign,
                java.util.Arrays.toString(CUTS));
        System.out.println("margin  under-words | English read as other, per fold | other read as English, per fold | errors");
        for (int under : new int[] {0, 12, 20, 30}) {
            for (double short_ : MARGINS) {
                int[] en = new int[5];
                int[] other = new int[5];
                for (Case c : cases) {
                    if (c.words < 5) {
                        continue;
                    }
                    double margin = c.words < under ? short_ : 0.97;
                    boolean english = c.englishShare >= margin;
                    if (c.english && !english) {
                        en[c.fold]++;
                    }
                    if (!c.english && english) {
                        other[c.fold]++;
                    }
                }
                System.out.printf(Locale.ROOT, "%.2f  %2d  | %s | %s | %d%n", short_, under, java.util.Arrays.toString(en),
                        java.util.Arrays.toString(other), java.util.Arrays.stream(en).sum() + java.util.Arrays.stream(other).sum());
            }
        }
    }

    /** English's confidence over the winner's (1 when English wins). */
    static double share(LanguageDetector d, String text) {
        SortedMap<Language, Double> conf = d.computeLanguageConfidenceValues(text);
        if (conf.isEmpty()) {
            return 0;
        }
        double best = conf.get(conf.firstKey());
        return conf.getOrDefault(Language.ENGLISH, 0.0) / best;
    }

    /** The documents of a CoNLL file as the benchmark builds them: sentences as paragraphs, tokens joined by spaces. */
    static List<String> conll(Path file) throws Exception {
        List<String> docs = new ArrayList<>();
        StringBuilder doc = null;
        StringBuilder sentence = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-DOCSTART-")) {
                doc = new StringBuilder();
                docs.add(null);
                continue;
            }
            if (line.isBlank()) {
                if (!sentence.isEmpty() && doc != null) {
                    doc.append(sentence).append("\n\n");
                    docs.set(docs.size() - 1, doc.toString());
                }
                sentence.setLength(0);
                continue;
            }
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append(line.split(" ")[0]);
        }
        docs.removeIf(java.util.Objects::isNull);
        return docs;
    }
}
