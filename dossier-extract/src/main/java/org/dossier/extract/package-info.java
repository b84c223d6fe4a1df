/**
 * The front door from a {@link org.dossier.model.RawPage} to an {@link org.dossier.model.Article}:
 * decodes, routes HTML and plain text to their extractors, and packs the result. Stateless and
 * thread-safe; never looks at another page.
 */
package org.dossier.extract;
