/**
 * Main-content extraction from a parsed HTML page: strips what is never article text, scores every
 * element by the article-like text it holds, picks the best container and prunes the boilerplate
 * left inside it. Walks the DOM iteratively so that deeply nested pages never exhaust the stack; reads
 * no metadata and knows no site by name.
 */
package org.dossier.extract.html.content;
