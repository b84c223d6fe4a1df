/**
 * Reads WARC and WARC.gz crawls (ISO 28500, as Common Crawl and {@code dossier fetch} write them)
 * through jwarc: each HTML response becomes a {@link org.dossier.model.RawPage} carrying its URL,
 * crawl date and HTTP content type. It streams record by record and never interprets the page
 * beyond its media type; a record it cannot read is reported by file and offset, and the reader
 * resynchronises on the next record.
 */
package org.dossier.ingest.warc;
