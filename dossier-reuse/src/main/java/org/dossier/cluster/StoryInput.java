package org.dossier.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.dossier.model.Timestamp;

/**
 * What story clustering needs of one article: a pure function of the article, its embeddings and the
 * entity keys a caller's NLP stage found (canonical entity names, say; empty when there is none).
 *
 * @param articleId  the article's id
 * @param published  its publication time, when known
 * @param headline   its title, or else its first sentence, for story titles
 * @param terms      its content words
 * @param lead       unit mean embedding of its first sentences, when embedded
 * @param entityKeys keys of the entities it mentions
 */
public record StoryInput(String articleId, Optional<Timestamp> published, String headline, TermCounts terms,
                         Optional<float[]> lead, Set<String> entityKeys) {
    /** Sentences of the lead averaged into {@link #lead}. */
    public static final int LEAD_SENTENCES = 5;
    private static final int HEADLINE_WORDS = 16;
    private static final int MIN_HEADLINE_WORDS = 5;

    public StoryInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank for " + articleId);
        }
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(lead, "lead");
        entityKeys = Set.copyOf(entityKeys);
    }

    /** This input with the entity keys a cross-article stage found for its article. */
    public StoryInput withEntityKeys(Set<String> keys) {
        return new StoryInput(articleId, published, headline, terms, lead, keys);
    }

    /**
     * @param sentences the article's sentences (its headline is the first of them when it has no title)
     */
    public static StoryInput of(Article article, List<Span> sentences, Optional<SentenceEmbeddings> embeddings,
                                Set<String> entityKeys) {
        String title = article.metadata().title().orElse(null);
        return new StoryInput(article.id(), article.metadata().published(),
                title != null ? title : firstSentence(article.body(), sentences),
                TermCounts.of(title, article.body()),
                embeddings.filter(e -> !e.sentences().isEmpty()).map(e -> e.lead(LEAD_SENTENCES)), entityKeys);
    }

    /** The first sentence of five words or more (skipping datelines and bylines), cut to a headline's length. */
    private static String firstSentence(String body, List<Span> spans) {
        String s = spans.isEmpty() ? body : spans.get(0).of(body);
        for (var span : spans) {
            String text = span.of(body);
            if (text.strip().split("\\s+").length >= MIN_HEADLINE_WORDS) {
                s = text;
                break;
            }
        }
        String[] words = s.strip().split("\\s+");
        return words.length <= HEADLINE_WORDS ? s.strip() : String.join(" ", java.util.Arrays.copyOf(words, HEADLINE_WORDS)) + " …";
    }
}
