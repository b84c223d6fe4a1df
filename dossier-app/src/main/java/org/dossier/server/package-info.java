/**
 * {@code dossier serve}: one embedded HTTP server for the REST API ({@code /api/...},
 * {@code /openapi.json}) and the web UI. It wires routes, errors, limits and the write token; what a
 * route answers comes from the store and the pipeline, never from analysis of its own.
 */
package org.dossier.server;
