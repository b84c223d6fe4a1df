/**
 * Article metadata from a parsed HTML page: JSON-LD, Open Graph and other meta tags, canonical links,
 * bylines and datelines. Reads the page only, never the crawl (a fetch date is not a publication
 * date) and never guesses: a field with no trustworthy source stays empty.
 */
package org.dossier.extract.html.metadata;
