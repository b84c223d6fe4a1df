/**
 * Finds named entity mentions in one article: CoreNLP's CoNLL 4-class CRF over the sentences, then
 * general rules that repair what a sentence-level tagger misses (a name repeated later in the
 * article, an initial before a surname, a title before a surname, the type of "Ministry of ...").
 * It must not look at other articles or decide which mentions name the same entity.
 */
package org.dossier.nlp.ner;
