package org.dossier.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One applied batch, as the commit log keeps it.
 *
 * @param sequence    1 for the store's first commit, then one more each time
 * @param time        when it was committed
 * @param label       the batch's label
 * @param articles    articles in the batch
 * @param newArticles of those, the ones the store did not hold before
 * @param stories     stories the batch wrote
 */
public record CommitInfo(long sequence, Instant time, String label, int articles, int newArticles, int stories) {

    public CommitInfo {
        if (sequence < 1) {
            throw new IllegalArgumentException("commit sequence starts at 1, got " + sequence);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(label, "label");
        if (articles < 0 || newArticles < 0 || newArticles > articles || stories < 0) {
            throw new IllegalArgumentException("commit counts must be 0 <= new <= articles and stories >= 0, got "
                    + newArticles + "/" + articles + ", " + stories);
        }
    }
}
