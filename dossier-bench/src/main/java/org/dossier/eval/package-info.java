/**
 * Evaluation against public benchmarks with published scores: the extraction benchmark's
 * shingle metric. Reads a benchmark's truth, runs the same stages as {@code analyze}, scores.
 */
package org.dossier.eval;
