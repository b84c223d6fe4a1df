/**
 * The quote stage: {@link org.dossier.quote.QuoteExtractor} finds who said what in one tagged article —
 * direct quotes and reported speech as {@link org.dossier.model.Quote}s whose spans point into the
 * body. It reads the tokens, tags and lemmas the NLP stage made and never tokenises; a pure function
 * of one article (and its optional entity mentions), it never looks at other articles or touches the store.
 */
package org.dossier.quote;
