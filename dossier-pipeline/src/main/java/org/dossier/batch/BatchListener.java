package org.dossier.batch;

import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Duplicate;
import org.dossier.model.Rejection;

/** Receives a batch's results in input order, on the thread that runs the batch. */
public interface BatchListener {

    void article(Article article);

    /**
     * An article with its per-article annotations (bare when the run does no analysis). Listeners that
     * need only the article leave this as it is: it hands the article to {@link #article(Article)}.
     */
    default void analysed(AnalysedArticle analysed) {
        article(analysed.article());
    }

    /**
     * An article with its annotations and, when the run computed them in the same worker, its
     * features. Listeners that need no features leave this as it is: it hands the article on.
     */
    default void analysed(PerArticle.Analysed analysed) {
        analysed(analysed.article());
    }

    void rejected(Rejection rejection);

    /**
     * An input whose article an earlier input already gave; the article is not delivered again.
     * Listeners that list what each input gave record it; the default ignores it.
     */
    default void duplicate(Duplicate duplicate) {
    }

    /**
     * An input whose article the target already holds (a store the run adds to), neither extracted
     * nor analysed again: its id is the hash of its bytes and URL. Counted as an article of the run.
     */
    default void held(String source, String articleId) {
    }
}
