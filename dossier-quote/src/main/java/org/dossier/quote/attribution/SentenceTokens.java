package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.TaggedText;
import org.dossier.model.Token;

/**
 * One sentence of a tagged text seen as its tokens, with its place among the text's sentences and the
 * paragraph it lies in: the rules index tokens from the sentence's start. A view; it copies nothing.
 *
 * @param index     position among the text's sentences
 * @param paragraph index of the paragraph holding it
 * @param tokens    its tokens in order, at least one
 */
record SentenceTokens(int index, int paragraph, List<Token> tokens) {

    SentenceTokens {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("sentence " + index + " has no tokens");
        }
    }

    /** The sentences of {@code text}, each with the paragraph that holds its first token. */
    static List<SentenceTokens> of(TaggedText text) {
        List<SentenceTokens> out = new ArrayList<>(text.sentences().size());
        List<Span> paragraphs = text.paragraphs();
        int p = 0;
        for (Sentence s : text.sentences()) {
            int start = text.tokens().get(s.firstToken()).start();
            while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).start() <= start) {
                p++;
            }
            out.add(new SentenceTokens(out.size(), p, text.tokens().subList(s.firstToken(), s.endToken())));
        }
        return out;
    }

    int start() {
        return tokens.getFirst().start();
    }

    int end() {
        return tokens.getLast().end();
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    int tokenAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Punctuation, quotation marks and brackets included: no letter or digit first, not tagged noun or verb. */
    static boolean isPunctuation(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0)) && !t.tag().startsWith("NN") && !t.tag().startsWith("VB");
    }
}
