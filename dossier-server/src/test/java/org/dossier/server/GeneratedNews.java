package org.dossier.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.store.StoreBatch;

/**
 * Invented articles for server tests that need a filled store but not the pipeline: article
 * {@code n} is "Generated report n on harbour dues", one story each, published on day n of 2025.
 * What {@code dossier analyze --store} would hand the store, without loading a model.
 */
final class GeneratedNews {
    private GeneratedNews() {
    }

    /** Articles {@code first .. first + count - 1}, one story each, as one batch. */
    static StoreBatch batch(String label, int first, int count) {
        List<AnalysedArticle> articles = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            AnalysedArticle a = article(n);
            articles.add(a);
            Timestamp day = a.article().metadata().published().orElseThrow();
            stories.add(new Story(Ids.of("story", a.article().id()), title(n), List.of(a.article().id()),
                    Optional.of(day), Optional.of(day)));
        }
        DossierResult r = new DossierResult(articles, List.of(), Map.of(), List.of(), stories, List.of(), List.of(),
                List.of());
        return new StoreBatch(r, Map.of(), label);
    }

    static String title(int n) {
        return "Generated report " + n + " on harbour dues";
    }

    static String id(int n) {
        return Ids.of("article", title(n));
    }

    private static AnalysedArticle article(int n) {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.of("Test Wire"), Optional.of(title(n)),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(Timestamp.of(LocalDate.of(2025, 1, 1)
                .plusDays(n % 365))), Optional.of("en"));
        Article a = Article.of(id(n), "generated/" + n, meta, List.of(new Paragraph("Report " + n
                + ": the harbour board raised the dues paid by ferries."), new Paragraph("Nothing else happened.")),
                List.of());
        return new AnalysedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
