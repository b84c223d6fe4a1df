/**
 * The front door of the cross-article work this module does, in three steps that can run in different
 * places: per-article features (fingerprint, embeddings, story input), the plan over the features
 * in publication order (stories, the pairs to align), and the alignment of each pair. No I/O and no
 * composition of the steps: the pipeline runs them, in one JVM or on a cluster.
 */
package org.dossier.provenance;
