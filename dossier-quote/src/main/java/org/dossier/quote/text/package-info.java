/**
 * Sentences, tokens, tags and lemmas for the quote stage, from CoreNLP's tokenizer, sentence
 * splitter and POS tagger, with offsets into the body. Knows nothing about quotes.
 */
package org.dossier.quote.text;
