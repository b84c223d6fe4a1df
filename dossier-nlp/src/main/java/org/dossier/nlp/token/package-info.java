/**
 * Splits an article body into tokens and sentences with offsets into the body, on CoreNLP's PTB
 * tokenizer and sentence splitter. Sentences stay inside paragraphs and are cut to a bounded length;
 * this package changes no text and knows nothing of entities.
 */
package org.dossier.nlp.token;
