package org.dossier.nlp;

import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/**
 * Annotates one article. Implementations load their models once, are thread-safe, and report odd
 * text as problems on the result rather than throwing.
 */
@FunctionalInterface
public interface ArticleAnalyzer {

    AnalysedArticle analyse(Article article);

    /** An analyzer that adds nothing, for runs that only extract. */
    static ArticleAnalyzer none() {
        return AnalysedArticle::bare;
    }
}
