/**
 * Bytes to text: tells binary formats from text and finds the charset (BOM, declared header, HTML
 * meta, then statistical sniffing; line by line when UTF-8 and a legacy charset are mixed) and
 * whether the text is HTML, plain text, or XML that is no page ({@link org.dossier.decode.XmlProlog},
 * which the feed reader shares). A pure function of one page; what cannot be decoded becomes a
 * rejection with a reason, never an exception.
 */
package org.dossier.decode;
