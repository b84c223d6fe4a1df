package org.dossier.embed;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;

/**
 * The embedded sentences of one article.
 *
 * @param articleId the article's id
 * @param sentences spans of the embedded sentences in the body, in order
 * @param vectors   one unit vector per sentence
 */
public record SentenceEmbeddings(String articleId, List<Span> sentences, float[][] vectors) {

    public SentenceEmbeddings {
        Objects.requireNonNull(articleId, "articleId");
        sentences = List.copyOf(sentences);
        if (vectors.length != sentences.size()) {
            throw new IllegalArgumentException(articleId + ": " + sentences.size() + " sentences but " + vectors.length + " vectors");
        }
    }

    /** The unit-length mean of the first {@code n} sentence vectors: what the article's lead is about. */
    public float[] lead(int n) {
        if (vectors.length == 0) {
            return new float[0];
        }
        float[] sum = new float[vectors[0].length];
        int k = Math.min(n, vectors.length);
        for (int i = 0; i < k; i++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[i][d];
            }
        }
        return Vectors.normalize(sum, k);
    }
}
