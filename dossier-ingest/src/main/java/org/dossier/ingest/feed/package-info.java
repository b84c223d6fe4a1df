/**
 * Reads RSS and Atom feeds through Rome: an item that carries its full article (RSS
 * {@code content:encoded}, Atom {@code content}, or a long description) becomes an HTML page
 * synthesised from the item, so the HTML extractor reads it like any other; an item with only a
 * summary is reported, not guessed at. It never fetches the items' links ({@code dossier fetch} does).
 */
package org.dossier.ingest.feed;
