/**
 * Export: the store's current dossier, with its review applied, as one file in JSON, Markdown, CSV
 * or HTML ({@link org.dossier.export.DossierExport}), for {@code dossier export} and the story page's
 * downloads alike. Reads the store; never writes it.
 */
package org.dossier.export;
