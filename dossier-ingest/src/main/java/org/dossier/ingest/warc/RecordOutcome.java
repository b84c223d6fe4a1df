package org.dossier.ingest.warc;

import org.dossier.ingest.ReadResult;

/** What one well-formed WARC record gave: a result to report, or nothing, with the reason it was skipped. */
sealed interface RecordOutcome {

    /** A page, or a rejection of this record alone (too large, an unsupported encoding). */
    record Read(ReadResult result) implements RecordOutcome {
    }

    /** Not a page: {@code kind} names what it was, e.g. {@code request} or {@code response image/png}. */
    record Skipped(String kind) implements RecordOutcome {
    }
}
