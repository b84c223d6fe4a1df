package org.dossier.fingerprint;

import java.util.Objects;

/**
 * What reuse search needs to know of one article, without its text.
 *
 * @param articleId the article's id
 * @param words     how many words its body has
 * @param minHash   MinHash signature of its word shingles, for near-duplicate search
 * @param winnowed  distinct winnowed shingle hashes, sorted, for shared-passage search
 */
public record Fingerprint(String articleId, int words, int[] minHash, long[] winnowed) {

    public Fingerprint {
        Objects.requireNonNull(articleId, "articleId");
        if (words < 0) {
            throw new IllegalArgumentException("word count must not be negative, got " + words + " for " + articleId);
        }
        Objects.requireNonNull(minHash, "minHash");
        Objects.requireNonNull(winnowed, "winnowed");
    }
}
