/**
 * Article extraction from plain-text scrapes: pages flattened to text with their menus, link lists
 * and snippets of other stories still in them. It decides from general signals only — line shape,
 * list rhythm, repetition, sentence structure, topical coherence — and must never carry the names,
 * outlets or phrases of particular sites; metadata parsing it shares with HTML lives in
 * {@code org.dossier.extract.meta}.
 */
package org.dossier.extract.text;
