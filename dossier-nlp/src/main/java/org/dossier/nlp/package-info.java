/**
 * The per-article language stage: {@link org.dossier.nlp.ArticleAnalyzer} turns an article into an
 * analysed article (language, tokens, sentences, entity mentions with roles, dates). Everything here
 * is a pure function of one article; resolving mentions across articles lives in {@code org.dossier.resolve}.
 */
package org.dossier.nlp;
