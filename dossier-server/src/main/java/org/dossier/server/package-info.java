/**
 * {@code dossier serve}: one embedded HTTP server for the REST API ({@code /api/...},
 * {@code /openapi.json}) and the web UI. It wires routes, errors (its own and Jetty's, all JSON),
 * limits, the load gate, the upload spool, the write token and how the store is shared with other
 * writers; what a route answers comes from the store and the pipeline, never from analysis of its own.
 */
package org.dossier.server;
