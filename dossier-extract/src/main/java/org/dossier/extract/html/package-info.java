/**
 * Article extraction from HTML with jsoup: {@link org.dossier.extract.html.HtmlExtractor} parses a
 * decoded page, reads its metadata ({@code metadata}: JSON-LD, meta tags, bylines, datelines, URL)
 * and its main content ({@code content}: text-density scoring of containers, then block-level
 * pruning). General rules only: no site names, no per-site selectors, and nothing read from the
 * crawl. Never throws on malformed or deeply nested markup.
 */
package org.dossier.extract.html;
