/**
 * Article extraction from HTML: main content and metadata (JSON-LD, meta tags, bylines, datelines)
 * with jsoup. General rules only, no per-site rules.
 */
package org.dossier.extract.html;
