package org.dossier.bench;

import org.dossier.pipeline.ArticleVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.corpora.PolnearLayout;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Story;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.Stores;

/**
 * Why hybrid search fuses by rank: a known-item test on real news texts (a corpus in the PolNeAR
 * layout, read as {@link HeadlinedText}s). Each text is stored without its headline; its headline
 * is then the query, and the one relevant article is the text it heads. Reports the mean reciprocal rank (MRR@10) and the share found in the top 10 for full
 * text, semantic and hybrid search.
 *
 * <p>{@code java -cp dossier-bench/target/dossier-bench.jar org.dossier.bench.HybridEval POLNEAR_DIR STORE_DIR}
 */
public final class HybridEval {
    private HybridEval() {
    }

    public static void main(String[] args) throws Exception {
        List<HeadlinedText> bases = HeadlinedText.read(PolnearLayout.open(Path.of(args[0])));
        Path dir = Path.of(args[1]);
        if (Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " exists: the evaluation needs a fresh store directory");
        }
        List<AnalysedArticle> articles = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            HeadlinedText b = bases.get(i);
            Article a = Article.of(Ids.of("eval", Integer.toString(i)), "eval/" + i,
                    ArticleMetadata.EMPTY.withOutlet(Optional.of(b.outlet())),
                    b.paragraphs().stream().map(Paragraph::new).toList(), List.of());
            articles.add(AnalysedArticle.bare(a));
            stories.add(new Story(Ids.of("eval-story", a.id()), b.title(), List.of(a.id()), Optional.empty(), Optional.empty()));
        }
        try (MiniLmEmbedder model = new MiniLmEmbedder(Runtime.getRuntime().availableProcessors());
             Store store = Stores.open(dir.toString(), Store.Access.READ_WRITE)) {
            ArticleVectors vectors = new ArticleVectors(model);
            Map<String, float[]> embeddings = vectors.embed(articles.stream().map(AnalysedArticle::article).toList());
            store.add(new StoreBatch(new DossierResult(articles, List.of(), Map.of(), List.of(), stories, List.of(),
                    List.of(), List.of()), embeddings, "hybrid eval"));
            Map<SearchMode, double[]> score = new HashMap<>();
            for (SearchMode m : SearchMode.values()) {
                score.put(m, new double[2]);
            }
            for (int i = 0; i < bases.size(); i++) {
                String title = bases.get(i).title();
                String words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replace(" ", " | ");
                float[] v = vectors.query(title);
                String want = articles.get(i).article().id();
                for (SearchMode m : SearchMode.values()) {
                    SearchQuery q = new SearchQuery(words, m, m == SearchMode.FULL_TEXT ? Optional.empty() : Optional.of(v),
                            org.dossier.store.SearchFilters.NONE, Set.of(), 0, 10);
                    List<String> hits = store.search(q).hits().stream().map(SearchHit::article).toList();
                    int rank = hits.indexOf(want);
                    if (rank >= 0) {
                        score.get(m)[0] += 1.0 / (rank + 1);
                        score.get(m)[1] += 1;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%d real articles stored without headlines; query = the headline (its words as"
                    + " alternatives for full text)%n", bases.size());
            for (SearchMode m : SearchMode.values()) {
                System.out.printf(Locale.ROOT, "%-9s MRR@10 %.3f  found in top 10 %.1f%%%n", m, score.get(m)[0] / bases.size(),
                        100 * score.get(m)[1] / bases.size());
            }
        }
    }
}
