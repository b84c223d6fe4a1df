/**
 * Quotation marks: pairs straight, curly and guillemet marks into quotes, tells apostrophes and
 * inch marks from single quotes, and follows quotes over paragraphs. Characters only: no tokens,
 * no attribution.
 */
package org.dossier.quote.marks;
