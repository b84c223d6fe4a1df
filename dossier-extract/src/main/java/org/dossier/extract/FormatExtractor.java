package org.dossier.extract;

import java.util.Optional;
import org.dossier.decode.DecodedPage;

/**
 * Extracts the article from one decoded page of a format it knows (plain text, HTML). A pure
 * function: thread-safe, no state between calls, never throws on bad input.
 */
@FunctionalInterface
public interface FormatExtractor {

    /** The article's metadata and body, or empty when the page holds no article. */
    Optional<Draft> extract(DecodedPage page);
}
