/**
 * The corpora tests and benchmarks read: the sample scrapes, the public benchmarks under
 * {@code ../shared/bench} (Zyte bodies, PolNeAR articles) and small news texts written for tests.
 * Used in test scope and by the benchmarks; no product module depends on it.
 */
package org.dossier.corpora;
