package org.dossier.spark;

import java.io.Serializable;

/**
 * One item an executor hands on from the per-article phase: an analysed article with what the
 * cross-article phase needs of it, or a rejection, each part encoded by {@link RecordCodec}, with its
 * place in the input so the driver restores the CLI's order.
 *
 * @param file       the input's position among the job's inputs
 * @param ordinal    the item's number within its file
 * @param id         the article's id; null for a rejection
 * @param payload    the encoded {@code AnalysedArticle}, or the encoded {@code Rejection}
 * @param embeddings for an article, its encoded {@code Optional<SentenceEmbeddings>}
 * @param digest     for an article, its encoded {@code CrossArticle.Digest}: what the driver's plan needs
 */
public record Item(int file, long ordinal, String id, byte[] payload, byte[] embeddings, byte[] digest)
        implements Serializable {

    public boolean article() {
        return id != null;
    }

    /** The item's place in the input as one number: inputs first, then items within an input. */
    public long order() {
        return order(file, ordinal);
    }

    static long order(int file, long ordinal) {
        return ((long) file << 40) | ordinal;
    }
}
