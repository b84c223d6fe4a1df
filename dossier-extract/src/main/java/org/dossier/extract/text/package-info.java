/**
 * Article extraction from plain-text scrapes: pages flattened to text with their menus, link
 * lists and snippets still in them. Uses only general signals (line shape, list rhythm, repetition,
 * sentence structure, topical coherence), never names of sites.
 */
package org.dossier.extract.text;
