/**
 * The cross-source view of one story: what its sources agree on, what only one says, where they
 * disagree, how each frames the event, its timeline and a cited briefing. Works on one story's
 * analysed articles at a time; never reads files, the store or other stories.
 */
package org.dossier.story;
