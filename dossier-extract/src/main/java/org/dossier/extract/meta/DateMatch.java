package org.dossier.extract.meta;

import java.util.Objects;
import org.dossier.model.Timestamp;

/**
 * A date or date-time found in a piece of text.
 *
 * @param value the timestamp, as precise as the text (offset date-time, local date-time or date)
 * @param start offset of the first character of the expression in the searched text
 * @param end   offset just past the expression
 */
public record DateMatch(Timestamp value, int start, int end) {
    public DateMatch {
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + value);
        }
    }
}
