/**
 * A story's briefing: a short summary whose every sentence names the articles it rests on (from the
 * story's claims, most corroborated first, else its corroborated timeline events and its articles'
 * lead sentences), who said what, the provenance of rewritten articles and the sources. It selects
 * and arranges; it never formats (the writers do) and never invents wording: every sentence is a
 * source's own, tidied.
 */
package org.dossier.story.briefing;
