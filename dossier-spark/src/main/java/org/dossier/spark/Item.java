package org.dossier.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One item an executor hands on from the per-article phase, with its place in the input so the
 * driver restores the CLI's order: an analysed article with what the cross-article phase needs of
 * it, a rejection, or a repeat of an earlier page of its slice. Records travel as
 * {@link org.dossier.store.json.RecordJson} bytes.
 *
 * @param file       the input's position among the job's inputs
 * @param ordinal    the item's number within its file
 * @param kind       what became of it
 * @param page       the article id of its page (from its bytes and URL: the article's id when the page
 *                   gave one); null for a record that could not be read
 * @param source     the item's source, as reports name it
 * @param rejection  for a rejection, the {@code Rejection}
 * @param article    for an article, the {@code AnalysedArticle}; null in a {@link #head()}
 * @param embeddings for an article, its {@code Optional<SentenceEmbeddings>}; null in a {@link #head()}
 * @param digest     for an article, its {@code CrossArticle.Digest}: what the driver's plan needs
 */
public record Item(int file, long ordinal, Kind kind, String page, String source, byte[] rejection, byte[] article,
                   byte[] embeddings, byte[] digest) implements Serializable {

    /** What became of an item. */
    public enum Kind {
        /** It gave an article. */
        ARTICLE,
        /** It could not be read, or gave no article. */
        REJECTED,
        /** Its page repeats an earlier page of the same slice, which the driver knows the outcome of. */
        REPEAT
    }

    public Item {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (kind != Kind.REJECTED && page == null) {
            throw new IllegalArgumentException("an item of kind " + kind + " needs its page's id: " + source);
        }
    }

    static Item article(int file, long ordinal, String id, String source, byte[] article, byte[] embeddings, byte[] digest) {
        return new Item(file, ordinal, Kind.ARTICLE, id, source, null, Objects.requireNonNull(article, "article"),
                Objects.requireNonNull(embeddings, "embeddings"), Objects.requireNonNull(digest, "digest"));
    }

    static Item rejected(int file, long ordinal, String page, String source, byte[] rejection) {
        return new Item(file, ordinal, Kind.REJECTED, page, source, Objects.requireNonNull(rejection, "rejection"),
                null, null, null);
    }

    static Item repeat(int file, long ordinal, String page, String source) {
        return new Item(file, ordinal, Kind.REPEAT, page, source, null, null, null, null);
    }

    /** The item without its article and embeddings: what the driver needs of it to order the inputs and plan. */
    Item head() {
        return new Item(file, ordinal, kind, page, source, rejection, null, null, digest);
    }

    /** The item's place in the input as one number: inputs first, then items within an input. */
    public long order() {
        return ((long) file << 40) | ordinal;
    }
}
