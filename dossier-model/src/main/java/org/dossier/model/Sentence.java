package org.dossier.model;

import java.util.Objects;

/**
 * One sentence of an article body and the tokens it holds. Sentences never cross paragraphs, and an
 * over-long run of text without sentence ends is cut into several sentences. The paragraph a sentence
 * lies in is not kept here: the paragraphs' spans ({@link Article#paragraphSpans()},
 * {@link TaggedText#paragraphs()}) say it.
 *
 * @param span       from the first token's start to the last token's end
 * @param firstToken index of the first token in {@link AnalysedArticle#tokens()} (or {@link TaggedText#tokens()})
 * @param endToken   index after the last token, greater than {@code firstToken}
 */
public record Sentence(Span span, int firstToken, int endToken) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("a sentence needs tokens [first, end) with 0 <= first < end, got ["
                    + firstToken + ", " + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
