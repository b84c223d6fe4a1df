package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A text's paragraphs, sentences and tokens, every token with its part-of-speech tag and lemma: what
 * the NLP stage's tagging step gives, and what a stage that reads tags requires. Such a stage takes
 * this type (or a {@link TaggedArticle}) instead of an {@link AnalysedArticle}, so a pipeline that
 * leaves the tagging step out does not compile.
 *
 * @param text       the text every span points into (an article's body, or a benchmark's raw text)
 * @param paragraphs the text's paragraphs in order; no sentence crosses one
 * @param tokens     the text's tokens in order, none overlapping the next, every one tagged
 * @param sentences  the text's sentences in order, indexing into {@code tokens}
 */
public record TaggedText(String text, List<Span> paragraphs, List<Token> tokens, List<Sentence> sentences) {

    public TaggedText {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        int end = 0;
        for (Span p : paragraphs) {
            if (p.start() < end || p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " is out of order or past the text's "
                        + text.length() + " characters");
            }
            end = p.end();
        }
        end = 0;
        for (Token t : tokens) {
            if (!t.isTagged()) {
                throw new IllegalArgumentException("the token " + Codes.quote(t.word()) + " at " + t.span()
                        + " is untagged; a tagged text needs every token tagged");
            }
            if (t.start() < end || t.end() > text.length() || !text.regionMatches(t.start(), t.word(), 0, t.word().length())) {
                throw new IllegalArgumentException("the token " + Codes.quote(t.word()) + " at " + t.span()
                        + " is out of order or not the text there");
            }
            end = t.end();
        }
        int next = 0;
        for (Sentence s : sentences) {
            if (s.firstToken() < next || s.endToken() > tokens.size()) {
                throw new IllegalArgumentException("sentence " + s + " is out of order or points past the "
                        + tokens.size() + " tokens");
            }
            next = s.endToken();
        }
    }
}
