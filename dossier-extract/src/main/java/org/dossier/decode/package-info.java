/**
 * Bytes to text: tells binary formats from text and finds the charset (BOM, declared header, HTML
 * meta, then statistical sniffing). A pure function of one page; what cannot be decoded becomes a
 * rejection with a reason, never an exception.
 */
package org.dossier.decode;
