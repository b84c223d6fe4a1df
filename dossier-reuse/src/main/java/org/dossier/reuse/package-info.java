/**
 * Text reuse across articles: candidate pairs from winnowed shingles and MinHash LSH bands (never all
 * pairs), local alignment of the passages two articles share, paraphrased sentences from embeddings,
 * the classification {@code copy}/{@code near-copy}/{@code paraphrase}, and who copied whom. It works
 * incrementally on articles in arrival order and does no I/O.
 */
package org.dossier.reuse;
