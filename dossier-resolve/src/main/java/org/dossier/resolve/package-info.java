/**
 * Entity resolution across a dossier: one {@link org.dossier.model.Entity} per real-world person,
 * organisation or place, from the mentions of many analysed articles. It works on groups found by
 * normalised blocking keys (a surname's consonant skeleton, a name's folded form), never compares
 * every mention with every other, and does no per-article tagging of its own.
 */
package org.dossier.resolve;
