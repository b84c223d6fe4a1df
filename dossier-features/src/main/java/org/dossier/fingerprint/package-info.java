/**
 * Per-article fingerprints: words with their offsets, hashed word shingles, a MinHash signature for
 * near-duplicate search and winnowed shingles for shared-passage search. Everything here is a pure
 * function of one text with fixed seeds; nothing looks at another article or keeps state.
 */
package org.dossier.fingerprint;
