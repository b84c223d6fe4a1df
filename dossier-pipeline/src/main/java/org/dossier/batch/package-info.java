/**
 * Runs the per-article stages over many inputs on a thread pool, streaming results out in input
 * order with bounded memory. It owns scheduling and progress counting, not any stage's logic.
 */
package org.dossier.batch;
