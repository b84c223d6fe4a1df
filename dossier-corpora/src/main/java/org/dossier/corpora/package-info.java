/**
 * The corpora tests and benchmarks read, each public layout read by one class: the sample scrapes
 * ({@link org.dossier.corpora.Samples}), benchmarks in the Zyte layout with their truth
 * ({@link org.dossier.corpora.ZyteLayout}), corpora in the PolNeAR layout with their metadata and
 * annotation files ({@link org.dossier.corpora.PolnearLayout}, {@link org.dossier.corpora.PolnearSplit});
 * {@link org.dossier.corpora.Corpora} makes articles of them, and {@link org.dossier.corpora.Texts}
 * holds small news texts written for tests. Scoring belongs to the benchmarks; no product module
 * depends on this package.
 */
package org.dossier.corpora;
