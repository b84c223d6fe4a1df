/**
 * {@code dossier fetch}: downloads pages and feeds politely — a User-Agent naming Dossier,
 * robots.txt obeyed, one request at a time with a delay per host, timeouts, a size cap, bounded
 * redirects — and stores every exchange as WARC request and response records, so an analysis can
 * be rerun on exactly what was fetched. It writes WARC only; reading it back is ingest's job.
 */
package org.dossier.fetch;
