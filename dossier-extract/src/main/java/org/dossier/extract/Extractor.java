package org.dossier.extract;

import org.dossier.model.Extraction;
import org.dossier.model.RawPage;

/** Raw bytes to an article or a rejection. Implementations are thread-safe. */
@FunctionalInterface
public interface Extractor {
    Extraction extract(RawPage page);
}
