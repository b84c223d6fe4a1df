/**
 * Splits an article body into sentences and tokens with offsets into the body, on CoreNLP's PTB
 * tokenizer and sentence splitter, and tags the tokens with their parts of speech and lemmas, once
 * per article. Sentences stay inside paragraphs and are cut to a bounded length; this package
 * changes no text and knows nothing of entities or quotes.
 */
package org.dossier.nlp.token;
