/**
 * Finds temporal expressions in an article body and normalises them, absolute ones as written and
 * relative ones ("last September", "on Wednesday", "next year") against the article's publication
 * date. Without a date precise enough to anchor it, a relative expression is left out, never guessed,
 * unless {@link org.dossier.nlp.time.DossierDates} finds it means the same under every publication
 * day of the dossier.
 */
package org.dossier.nlp.time;
