package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.model.Article;

/**
 * An article's vector for semantic search: the sentence model's embedding of its headline and lead
 * (the model reads 128 word pieces, about what a headline and a first paragraph hold), and a query's
 * embedding by the same model, so the two compare.
 */
public final class ArticleVectors {
    /** Characters of lead text after the headline; the model truncates past its 128 word pieces anyway. */
    static final int LEAD_CHARS = 600;
    private static final int CHUNK = 32;

    private final SentenceEmbedder model;

    public ArticleVectors(SentenceEmbedder model) {
        this.model = model;
    }

    /** The headline (when there is one) and the first paragraphs up to {@link #LEAD_CHARS}. */
    static String text(Article a) {
        StringBuilder sb = new StringBuilder();
        a.metadata().title().ifPresent(t -> sb.append(t).append(". "));
        for (String p : a.paragraphTexts()) {
            if (sb.length() >= LEAD_CHARS) {
                break;
            }
            sb.append(p).append(' ');
        }
        return sb.toString().strip();
    }

    /** Per article id, its vector. */
    public Map<String, float[]> embed(List<Article> articles) {
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < articles.size(); from += CHUNK) {
            List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
            List<String> texts = new ArrayList<>(chunk.size());
            chunk.forEach(a -> texts.add(text(a)));
            float[][] v = model.embed(texts);
            for (int i = 0; i < chunk.size(); i++) {
                out.put(chunk.get(i).id(), v[i]);
            }
        }
        return out;
    }

    /** A search query's vector. */
    public float[] query(String text) {
        return model.embed(List.of(text))[0];
    }
}
