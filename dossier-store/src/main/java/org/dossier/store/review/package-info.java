/**
 * Review: the store's log of corrections ({@link org.dossier.store.Correction}) read as what is in
 * effect ({@link org.dossier.store.review.ReviewLog}) and applied over what the store holds
 * ({@link org.dossier.store.review.Reviewed}), so every reader (the API, the web UI, exports) shows the
 * corrected dossier and every re-run's result is corrected again. Pure functions of the store's reads:
 * nothing here writes.
 */
package org.dossier.store.review;
