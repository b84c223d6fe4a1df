package org.dossier.store.lucene;

import java.util.List;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;

/**
 * Keeps a store's newest {@code kept} commits and deletes the rest, so that a last commit damaged on
 * disk (a truncated file) can fall back to the one before it ({@link CommitRecovery}). Costs the disk
 * space of the segments only the older kept commits still use, until the next commit.
 */
final class KeepLastCommits extends IndexDeletionPolicy {
    private final int kept;

    KeepLastCommits(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("a store keeps at least its last commit, got " + kept);
        }
        this.kept = kept;
    }

    @Override
    public void onInit(List<? extends IndexCommit> commits) {
        onCommit(commits);
    }

    /** {@code commits} are oldest first, as Lucene gives them. */
    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
        for (int i = 0; i < commits.size() - kept; i++) {
            commits.get(i).delete();
        }
    }
}
