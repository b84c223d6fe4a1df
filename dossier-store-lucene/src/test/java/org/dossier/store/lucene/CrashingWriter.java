package org.dossier.store.lucene;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.DossierResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.Stores;

/**
 * The child JVM of {@link LuceneStoreCrashIT}: adds batch after batch to a store, saying on stdout
 * when it starts and when it has committed each one, until it is killed.
 */
public final class CrashingWriter {
    static final int ARTICLES_PER_BATCH = 1500;
    private static final String[] WORDS = ("the council said water bridge harbour river vote minister farmers "
            + "strike police court budget hospital school election port storm market talks ceasefire report").split(" ");

    private CrashingWriter() {
    }

    /** The title of article {@code i} of batch {@code b}: its id is derived from it. */
    static String title(int b, int i) {
        return "Batch " + b + " article " + i;
    }

    static StoreBatch batch(int b) {
        Random random = new Random(b);
        List<AnalysedArticle> articles = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        List<List<Integer>> stories = new ArrayList<>();
        for (int i = 0; i < ARTICLES_PER_BATCH; i++) {
            StringBuilder body = new StringBuilder("Ada Quill spoke in Port Vell.");
            for (int p = 0; p < 4; p++) {
                body.append("\n\n");
                for (int w = 0; w < 120; w++) {
                    body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                body.append('.');
            }
            AnalysedArticle a = Newsroom.article(title(b, i), "Outlet " + (i % 7), LocalDate.of(2024, 1, 1).plusDays(i % 300),
                    "en", body.toString(), Optional.empty());
            articles.add(a);
            float[] v = new float[32];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            vectors.put(a.article().id(), v);
            stories.add(List.of(i));
        }
        DossierResult r = Newsroom.result(articles, stories);
        return new StoreBatch(r, vectors, "batch " + b);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Stores.open(args[0], Store.Access.READ_WRITE)) {
            for (int b = 1; ; b++) {
                StoreBatch batch = batch(b);
                out.println("adding " + b);
                store.add(batch);
                out.println("committed " + b);
            }
        }
    }
}
