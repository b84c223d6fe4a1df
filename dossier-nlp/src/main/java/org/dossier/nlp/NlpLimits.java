package org.dossier.nlp;

/**
 * Bounds that keep one article's analysis in bounded time and memory whatever the input.
 *
 * @param maxSentenceTokens a longer sentence is cut into pieces of this many tokens before tagging
 *                          (the CRF's work and lattice grow with sentence length)
 * @param maxTokens         tokens analysed per article; the rest of a longer body is left out and
 *                          the article gets a problem saying so
 */
public record NlpLimits(int maxSentenceTokens, int maxTokens) {

    /** 150 tokens is several times the longest real sentence; 400,000 tokens is a long book. */
    public static final NlpLimits DEFAULT = new NlpLimits(150, 400_000);

    public NlpLimits {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, got " + maxSentenceTokens);
        }
        if (maxTokens < maxSentenceTokens) {
            throw new IllegalArgumentException("maxTokens must be at least maxSentenceTokens (" + maxSentenceTokens
                    + "), got " + maxTokens);
        }
    }
}
