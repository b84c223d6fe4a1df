/**
 * The model records as JSON that reads back into equal records, for store backends to keep what
 * they do not index. Reading goes through the records' constructors, so a damaged stored record
 * fails with the record's own message; this package knows nothing of any backend.
 */
package org.dossier.store.json;
