package org.dossier.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.Story;

/**
 * Where analysed articles and their cross-article results are kept and searched: articles, entities,
 * quotes, stories, reuse, claims and timelines. Open one with {@link Stores#open(String, Access)}.
 *
 * <p>Writes come in batches ({@link #add(StoreBatch)}), each applied atomically: a reader, or a store
 * reopened after a crash, sees every earlier batch whole and none of a batch in progress. Reads are
 * thread-safe; a read-write store takes batches one at a time. Reads see the last committed batch.
 *
 * <p>Ids are the model's content-derived ids, so adding the same articles again changes nothing.
 */
public interface Store extends AutoCloseable {

    /**
     * How a store is opened. A read-only store sees commits made by a writer elsewhere as they land.
     * A backend may take one writer at a time: then opening a second for {@link #READ_WRITE} throws
     * {@link StoreBusyException}, and any number of read-only stores may read beside the writer.
     */
    enum Access {
        READ_WRITE, READ_ONLY
    }

    /** The location the store was opened at, as given. */
    String location();

    /**
     * Applies a batch atomically and returns its commit. What a batch replaces:
     * <ul>
     *   <li>articles, by id (an article already stored is replaced by the batch's analysis of it, which
     *       is the same analysis when the content is the same);</li>
     *   <li>an article's quotes and anchored dates, with the article;</li>
     *   <li>stories: a batch story replaces every stored story that shares an article with it, and
     *       claims and timeline entries go with their story;</li>
     *   <li>entities, by id: an entity's mentions in the batch's articles replace its stored mentions in
     *       those articles, and its variants and roles are the union;</li>
     *   <li>reuse, by the pair of article ids.</li>
     * </ul>
     * A batch whose result holds nothing new (every article known, the same stories) commits nothing
     * and returns the last commit.
     *
     * @throws UnsupportedOperationException on a read-only store
     * @throws StoreException when the batch cannot be written; nothing of it is then visible
     */
    CommitInfo add(StoreBatch batch);

    /** The ids among {@code articleIds} that the store holds. */
    Set<String> knownArticles(Collection<String> articleIds);

    /** An article with its analysis, story and embedding. */
    Optional<StoredArticle> article(String id);

    /** The stored ones among {@code ids}, in the order given; unknown ids are skipped. */
    List<StoredArticle> articles(Collection<String> ids);

    /** An entity with all its stored mentions. */
    Optional<Entity> entity(String id);

    /**
     * Stories, the most recently seen first (stories without dates last, then by id).
     *
     * @throws IllegalArgumentException for a page {@link SearchQuery#requirePage} refuses
     */
    Page<Story> stories(int offset, int limit);

    /** A story with everything the store knows about it; empty for an unknown id. */
    Optional<StoryDossier> story(String id);

    /** Articles matching the query, ranked as its mode says, with the facet counts it asks for. */
    SearchResult search(SearchQuery query);

    /** Quotes, by speaker and words, the most relevant (then the newest) first. */
    Page<QuoteHit> quotes(QuoteQuery query);

    /** How much the store holds. */
    StoreStats stats();

    /** Every commit, oldest first. */
    List<CommitInfo> commits();

    /**
     * The review log, oldest first: every correction and every undo, with when and by whom
     * ({@code org.dossier.store.review.Reviewed} applies them to what the store holds).
     */
    default List<Correction> corrections() {
        return List.of();
    }

    /**
     * Appends {@code correction} to the review log as one commit, atomically like a batch: after a
     * crash the log holds it whole or not at all. The analysis the store holds is not changed.
     *
     * @throws UnsupportedOperationException on a read-only store, or a backend without a review log
     * @throws StoreException when it cannot be written; the log is then as before
     */
    default CommitInfo review(Correction correction) {
        throw new UnsupportedOperationException("store " + location() + " keeps no review log");
    }

    /**
     * What the person using the store should know about how it was opened or read, in the order it
     * happened: for instance that its last commit was damaged on disk and set aside. Empty as a rule.
     */
    default List<String> notices() {
        return List.of();
    }

    /** Releases the store's files, locks and connections; commits nothing. */
    @Override
    void close();
}
