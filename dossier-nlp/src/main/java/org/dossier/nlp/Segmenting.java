package org.dossier.nlp;

import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;

/**
 * The analysis of a run without the language layer: tokens and sentences only, the way
 * {@link NlpAnalyzer} makes them, no model loaded. Later stages that read sentences (embeddings,
 * story headlines, claims) see the same sentences whether or not names and dates were looked for.
 * Stateless and thread-safe.
 */
public final class Segmenting implements ArticleAnalyzer {
    private final Segmenter segmenter;

    public Segmenting(NlpLimits limits) {
        this.segmenter = new Segmenter(limits.maxSentenceTokens(), limits.maxTokens());
    }

    @Override
    public AnalysedArticle analyse(Article article) {
        Segmentation seg = segmenter.segment(article);
        return new AnalysedArticle(article, seg.tokens(), seg.sentences(), List.of(), List.of());
    }
}
