/**
 * Turns what the user named on the command line (files, directories, globs, standard input, and
 * the records inside archives) into {@link org.dossier.model.RawPage}s, reading each with a size
 * cap. It does I/O but never interprets the bytes beyond finding where pages start and end.
 */
package org.dossier.ingest;
