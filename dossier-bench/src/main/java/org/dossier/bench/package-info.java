/**
 * Measures how fast the per-article stages run and how much heap they need, after JIT warm-up, on
 * one thread and on several; how reuse detection and story clustering grow with a stream of
 * synthetic news ({@link org.dossier.bench.ReuseScaleBench}); and how the store ingests and searches
 * the same synthetic news grouped into stories ({@link org.dossier.bench.StoreBenchmark}): the figures
 * {@code docs/BENCHMARKS.md} records. {@link org.dossier.bench.SyntheticNews} is the one generator of
 * synthetic news text; corpora are read through {@code org.dossier.corpora}. It times and counts;
 * beyond how much of the reuse it injected is found, it never judges output quality (that is
 * {@code org.dossier.eval}).
 */
package org.dossier.bench;
