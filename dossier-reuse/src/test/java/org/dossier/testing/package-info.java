/**
 * Test helpers: self-written news texts, an article builder, and loaders of the shared corpora
 * (sample scrapes, Zyte bodies, PolNeAR articles). Test scope only; nothing in main code uses it.
 */
package org.dossier.testing;
