/**
 * Framing: per outlet of a story, the loaded terms it uses (from a fixed lexicon) and whose voices
 * it quotes, so outlets can be compared side by side. Reads its lexicon from the class path only.
 */
package org.dossier.story.framing;
