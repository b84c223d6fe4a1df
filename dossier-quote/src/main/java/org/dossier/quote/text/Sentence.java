package org.dossier.quote.text;

import java.util.List;

/**
 * A sentence of the body as its tokens, with the paragraph it lies in.
 *
 * @param index     position among the article's sentences
 * @param paragraph index of the body paragraph holding it
 * @param tokens    its tokens in order, at least one
 */
public record Sentence(int index, int paragraph, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("sentence " + index + " has no tokens");
        }
    }

    public int start() {
        return tokens.getFirst().start();
    }

    public int end() {
        return tokens.getLast().end();
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    public int tokenAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
