/**
 * Tells the language of an article body. It owns the language model and the sampling of the text;
 * it must not change the text or look at other articles.
 */
package org.dossier.nlp.lang;
