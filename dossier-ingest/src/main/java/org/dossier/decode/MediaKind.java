package org.dossier.decode;

/** What a decoded page is, which decides the extractor that reads it. */
public enum MediaKind {
    HTML,
    TEXT
}
