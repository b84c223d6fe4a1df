package org.dossier.ingest;

import java.util.Objects;
import org.dossier.model.RawPage;
import org.dossier.model.Rejection;

/** One item read from an input: a page's bytes, or the reason the item could not be read. */
public sealed interface ReadResult {

    record Page(RawPage page) implements ReadResult {
        public Page {
            Objects.requireNonNull(page, "page");
        }
    }

    record Failed(Rejection rejection) implements ReadResult {
        public Failed {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
