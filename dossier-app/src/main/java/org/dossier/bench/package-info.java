/**
 * Measures how fast the per-article stages run and how much heap they need, after JIT warm-up, on
 * one thread and on several: the figures {@code docs/BENCHMARKS.md} records. It times and counts;
 * it never judges output quality (that is {@code org.dossier.eval}).
 */
package org.dossier.bench;
