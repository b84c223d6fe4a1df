package org.dossier.fingerprint;

import org.dossier.model.Article;

/**
 * Turns an article's body into its {@link Fingerprint}. Thread-safe, a pure function of the body.
 *
 * @see Winnowing for why {@code shingle + window - 1} is the shortest passage always found
 */
public final class Fingerprinter {
    /** Shingle size in words. */
    public static final int SHINGLE = 5;
    /** Winnowing window: with 5-word shingles, every shared run of 8 words or more is found. */
    public static final int WINDOW = 4;
    /** MinHash signature length: 32 bands of 4 rows in {@code LshIndex}. */
    public static final int SIGNATURE = 128;

    private final MinHash minHash = new MinHash(SIGNATURE);

    public Fingerprint of(Article article) {
        return of(article.id(), article.body());
    }

    public Fingerprint of(String id, CharSequence body) {
        WordSpans words = WordSpans.of(body);
        long[] shingles = Shingles.of(words, SHINGLE);
        return new Fingerprint(id, words.size(), minHash.signature(shingles), Winnowing.select(shingles, WINDOW));
    }
}
