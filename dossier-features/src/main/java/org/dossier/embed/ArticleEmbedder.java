package org.dossier.embed;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Span;

/**
 * Embeds an article's sentences of at least {@code minWords} words, the first {@code maxSentences}
 * of them: enough to find paraphrased passages and the lead, with a bounded cost per article. The
 * sentences are the article's own, as its segmentation made them. Thread-safe when the embedder is.
 */
public final class ArticleEmbedder {
    private final SentenceEmbedder embedder;
    private final int maxSentences;
    private final int minWords;

    public ArticleEmbedder(SentenceEmbedder embedder, int maxSentences, int minWords) {
        if (maxSentences < 1 || minWords < 1) {
            throw new IllegalArgumentException("need maxSentences >= 1 and minWords >= 1, got " + maxSentences + " and " + minWords);
        }
        this.embedder = embedder;
        this.maxSentences = maxSentences;
        this.minWords = minWords;
    }

    public SentenceEmbeddings embed(AnalysedArticle article) {
        String body = article.body();
        List<Span> kept = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Span s : article.sentenceSpans()) {
            if (kept.size() == maxSentences) {
                break;
            }
            String text = s.of(body);
            if (text.split("\\s+").length >= minWords) {
                kept.add(s);
                texts.add(text);
            }
        }
        float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
        return new SentenceEmbeddings(article.article().id(), kept, vectors);
    }
}
