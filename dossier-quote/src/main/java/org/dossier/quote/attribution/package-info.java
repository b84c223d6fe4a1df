/**
 * Attribution: cues, sources and contents from tagged sentences and marked quotes, and the
 * resolution of surnames, initials, roles and pronouns to speakers' names. Rules and lexicons of
 * English news style only; nothing here names a particular outlet, person or corpus.
 */
package org.dossier.quote.attribution;
