/**
 * A story's timeline: the dated events its articles mention, each cut to the clause around its date,
 * merged across sources when they give the same (or a compatible) date for the same happening.
 * Works on one story's analysed articles; never reads files or other stories.
 */
package org.dossier.story.timeline;
