package org.dossier.spark;

import java.io.Serializable;

/**
 * One item an executor hands back: an analysed article or a rejection, encoded by
 * {@link RecordCodec}, with its place in the input so the driver restores the CLI's order.
 *
 * @param file    the input's position among the job's inputs
 * @param ordinal the item's number within its file
 * @param article true for an {@code AnalysedArticle}, false for a {@code Rejection}
 * @param payload the encoded record
 */
public record Item(int file, long ordinal, boolean article, byte[] payload) implements Serializable {
}
