/**
 * Writes a dossier directory as {@code ../shared/CONTRACT.md} defines it: the JSON-lines files, the
 * briefing and the standalone {@code index.html}. Writers only format; they never analyse.
 */
package org.dossier.output;
