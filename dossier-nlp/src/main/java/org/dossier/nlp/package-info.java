/**
 * The per-article language stage: {@link org.dossier.nlp.NlpAnalyzer} turns an article into a tagged,
 * analysed article (language, tokens with tags and lemmas, sentences, entity mentions with roles,
 * dates), the input of the stages that read tags. Everything here is a pure function of one article;
 * resolving mentions across articles lives in {@code org.dossier.resolve}.
 */
package org.dossier.nlp;
