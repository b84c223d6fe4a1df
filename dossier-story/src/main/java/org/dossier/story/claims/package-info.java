/**
 * Claims: one story's sentence-level statements aligned across its articles (embeddings, with
 * entities, numbers and dates as keys), their corroboration by independent outlets, and the
 * statements that contradict them. Works on one story at a time; reads no files.
 */
package org.dossier.story.claims;
