package org.dossier.quote.learn;

import java.util.List;

/**
 * One labelled example for {@link LogisticRegression}: the names of the binary features that hold for
 * it, and whether it belongs to the positive class.
 *
 * @param features feature names, not empty; a name given twice counts once
 * @param positive the label
 */
public record Example(List<String> features, boolean positive) {

    public Example {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("an example needs at least one feature, got none (label " + positive + ")");
        }
    }
}
