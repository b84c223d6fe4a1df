/**
 * The reuse and story scale benchmark: a seeded generator of realistic articles from the real
 * paragraphs of the benchmark corpora, with injected copies and rewrites, and a main that times
 * fingerprinting, reuse detection and clustering and measures their memory. Not run by the tests.
 */
package org.dossier.bench;
