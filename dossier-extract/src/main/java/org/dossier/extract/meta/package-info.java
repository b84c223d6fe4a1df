/**
 * Parsing of article metadata from short pieces of text — datelines, bylines, outlet names — shared
 * by the plain-text and HTML extractors. Works on strings only: knows nothing about where a line came
 * from, and never guesses a value the text does not state.
 */
package org.dossier.extract.meta;
