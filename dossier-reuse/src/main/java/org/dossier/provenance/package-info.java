/**
 * The front door of the cross-article work this module does: runs the per-article fingerprints and
 * embeddings, then story clustering and reuse detection over articles in publication order, and
 * returns stories, reuse relations and a provenance graph per story. No I/O; writing the contract's
 * files is the application's job.
 */
package org.dossier.provenance;
