/**
 * Measures how fast the per-article stages run and how much heap they need, after JIT warm-up, on
 * one thread and on several, and how reuse detection and story clustering grow with a stream of
 * synthetic news ({@link org.dossier.bench.ReuseScaleBench}): the figures {@code docs/BENCHMARKS.md}
 * records. It times and counts; beyond how much of the reuse it injected is found, it never judges
 * output quality (that is {@code org.dossier.eval}).
 */
package org.dossier.bench;
