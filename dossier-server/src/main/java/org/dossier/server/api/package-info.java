/**
 * The REST API's handlers: each reads its parameters (bad ones are a 400 with a code), asks the
 * {@link org.dossier.store.Store} and writes JSON in the field names of {@code ../shared/CONTRACT.md}.
 * Handlers hold no state of their own beyond the store and the ingester they are given.
 */
package org.dossier.server.api;
