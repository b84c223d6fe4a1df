package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its per-article annotations, every one a span into {@link Article#body()}.
 * Non-English articles carry their language in the metadata and no mentions or dates. What was odd
 * about the text for these stages (cut for length, language unknown) is among the article's problems.
 *
 * @param article   the article, its metadata's {@code language} filled when it could be told
 * @param tokens    the body's tokens in order
 * @param sentences the body's sentences in order, indexing into {@code tokens}
 * @param mentions  named entity mentions in order
 * @param dates     temporal expressions in order
 * @param quotes    direct quotes and reported speech in order; speakers carry no entity ids until the
 *                  dossier's entities are resolved
 */
public record AnalysedArticle(Article article, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                              List<DateMention> dates, List<Quote> quotes) {

    /** An analysis without quotes (yet). */
    public AnalysedArticle(Article article, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                           List<DateMention> dates) {
        this(article, tokens, sentences, mentions, dates, List.of());
    }

    public AnalysedArticle {
        Objects.requireNonNull(article, "article");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        int length = article.body().length();
        for (Mention m : mentions) {
            requireInside(m.span(), length, "mention " + Codes.quote(m.text()), article.id());
        }
        for (DateMention d : dates) {
            requireInside(d.span(), length, "date " + Codes.quote(d.text()), article.id());
        }
        for (Quote q : quotes) {
            requireInside(q.content(), length, "quote", article.id());
        }
        for (Sentence s : sentences) {
            requireInside(s.span(), length, "sentence", article.id());
            if (s.endToken() > tokens.size()) {
                throw new IllegalArgumentException("sentence " + s + " points past the " + tokens.size()
                        + " tokens of article " + article.id());
            }
        }
    }

    /** An article that no stage annotated (yet). */
    public static AnalysedArticle bare(Article article) {
        return new AnalysedArticle(article, List.of(), List.of(), List.of(), List.of());
    }

    public AnalysedArticle withQuotes(List<Quote> q) {
        return new AnalysedArticle(article, tokens, sentences, mentions, dates, q);
    }

    public String body() {
        return article.body();
    }

    /**
     * The spans of the article's sentences, as its segmentation made them; an article no stage
     * segmented (its analysis failed) falls back on its paragraphs, so stages that read sentences
     * always have some.
     */
    public List<Span> sentenceSpans() {
        return sentences.isEmpty() ? article.paragraphSpans() : sentences.stream().map(Sentence::span).toList();
    }

    /** This analysis with the tokens and sentences of a segmentation (for an article a store kept without them). */
    public AnalysedArticle withSegmentation(List<Token> t, List<Sentence> s) {
        return new AnalysedArticle(article, t, s, mentions, dates, quotes);
    }

    private static void requireInside(Span span, int length, String what, String id) {
        if (span.end() > length) {
            throw new IllegalArgumentException(what + " at " + span + " runs past the body (" + length
                    + " characters) of article " + id);
        }
    }
}
