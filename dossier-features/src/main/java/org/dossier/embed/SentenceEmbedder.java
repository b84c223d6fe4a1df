package org.dossier.embed;

import java.util.List;

/**
 * Maps sentences to unit vectors whose dot product is high when the sentences say the same thing.
 * Implementations load their model once and are thread-safe.
 */
public interface SentenceEmbedder {

    /** One unit vector of {@link #dimension()} floats per sentence, in order. */
    float[][] embed(List<String> sentences);

    int dimension();
}
