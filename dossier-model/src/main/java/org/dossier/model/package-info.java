/**
 * The records that flow one way through Dossier: {@link org.dossier.model.RawPage} →
 * {@link org.dossier.model.Article} → later analysis records. Every record validates itself in its
 * compact constructor and names the bad value; this package depends on nothing and does no I/O.
 */
package org.dossier.model;
